<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>LogSearchBar</name>
    <message>
        <location filename="../ui/runs/logsearchbar.cpp" line="17"/>
        <source>Find in log</source>
        <translation>ログ内を検索</translation>
    </message>
    <message>
        <location filename="../ui/runs/logsearchbar.cpp" line="28"/>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <location filename="../ui/runs/logsearchbar.cpp" line="28"/>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../ui/runs/logsearchbar.cpp" line="29"/>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <location filename="../ui/runs/logsearchbar.cpp" line="29"/>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <location filename="../ui/runs/logsearchbar.cpp" line="32"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../ui/runs/logsearchbar.cpp" line="33"/>
        <source>Previous match (Shift+F3)</source>
        <translation>前の一致 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../ui/runs/logsearchbar.cpp" line="36"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../ui/runs/logsearchbar.cpp" line="37"/>
        <source>Next match (F3)</source>
        <translation>次の一致 (F3)</translation>
    </message>
    <message>
        <location filename="../ui/runs/logsearchbar.cpp" line="43"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../ui/runs/logsearchbar.cpp" line="99"/>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <location filename="../ui/runs/logsearchbar.cpp" line="101"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/logsearchbar.cpp" line="103"/>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../ui/runs/logview.cpp" line="327"/>
        <source>No log to show.
Run a pipeline or open a log file.</source>
        <translation>表示するログがありません。
パイプラインを実行するか、ログ ファイルを開いてください。</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="45"/>
        <source>Line numbers</source>
        <translation>行番号</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="47"/>
        <source>Timestamps</source>
        <translation>タイムスタンプ</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="49"/>
        <source>Follow</source>
        <translation>追従</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="50"/>
        <source>Stay at the end of the log while it grows</source>
        <translation>ログが増える間、末尾を表示し続けます</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="52"/>
        <source>Find…</source>
        <translation>検索…</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="53"/>
        <source>Find next</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="54"/>
        <source>Find previous</source>
        <translation>前を検索</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="56"/>
        <source>Go to line…</source>
        <translation>行へ移動…</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="57"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="58"/>
        <source>Save log…</source>
        <translation>ログを保存…</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="155"/>
        <source>No log open</source>
        <translation>ログが開かれていません</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="158"/>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="160"/>
        <source>%1 — indexing %2%</source>
        <translation>%1 — インデックス作成中 %2%</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="162"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="238"/>
        <source>Go to line</source>
        <translation>行へ移動</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="238"/>
        <source>Line number (1–%1):</source>
        <translation>行番号 (1–%1):</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="247"/>
        <source>There is no log to save.</source>
        <translation>保存するログがありません。</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="255"/>
        <source>Save log</source>
        <translation>ログを保存</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="256"/>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>ログ ファイル (*.log *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/runs/logviewer.cpp" line="260"/>
        <source>Saved the log to %1</source>
        <translation>ログを %1 に保存しました</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="126"/>
        <source>MLOps Workbench: variable groups, service connections and the MLOps loop on a local workspace.</source>
        <translation>MLOps Workbench: ローカル ワークスペース上の変数グループ、サービス接続、MLOps のループ。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="131"/>
        <source>The workspace folder (default: $MLOPS_WORKSPACE or the per-user one).</source>
        <translation>ワークスペース フォルダー (既定: $MLOPS_WORKSPACE またはユーザーごとのフォルダー)。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="137"/>
        <source>Render every view to DIR/*.png and exit (a throwaway sample workspace unless --workspace is given).</source>
        <translation>すべての画面を DIR/*.png に描画して終了します (--workspace を指定しない場合は使い捨てのサンプル ワークスペースを使用します)。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="161"/>
        <source>Cannot open the workspace</source>
        <translation>ワークスペースを開けません</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="162"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>ワークスペース %1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="174"/>
        <source>Cannot add the sample</source>
        <translation>サンプルを追加できません</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="134"/>
        <source>Install the sample project into the workspace: its repository, Library and pipelines (idempotent).</source>
        <translation>サンプル プロジェクト (リポジトリ、ライブラリ、パイプライン) をワークスペースにインストールします (繰り返し実行しても同じ結果になります)。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="141"/>
        <source>Exit as soon as the main window has been shown and painted (for start-up benchmarks).</source>
        <translation>メイン ウィンドウが表示されて描画されたらすぐに終了します (起動時間のベンチマーク用)。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="175"/>
        <source>Cannot install the sample project: %1</source>
        <translation>サンプル プロジェクトをインストールできません: %1</translation>
    </message>
</context>
<context>
    <name>mlops::ui::AddVariableCommand</name>
    <message>
        <location filename="../ui/library/addvariablecommand.cpp" line="10"/>
        <source>Add variable %1</source>
        <translation>変数 %1 の追加</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ConnectionWizard</name>
    <message>
        <location filename="../ui/library/connectionwizard.cpp" line="20"/>
        <source>New service connection</source>
        <translation>新しいサービス接続</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizard.cpp" line="31"/>
        <source>Edit service connection: %1</source>
        <translation>サービス接続の編集: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizard.cpp" line="70"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizard.cpp" line="70"/>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizard.cpp" line="124"/>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizard.cpp" line="143"/>
        <source>The service connection was not saved: %1</source>
        <translation>サービス接続は保存されませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizard.cpp" line="144"/>
        <source>The service connection was not created: %1</source>
        <translation>サービス接続は作成されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ConnectionWizardAuthPage</name>
    <message>
        <location filename="../ui/library/connectionwizardauthpage.cpp" line="31"/>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardauthpage.cpp" line="37"/>
        <source>Authentication method:</source>
        <translation>認証方法:</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardauthpage.cpp" line="41"/>
        <source>&amp;Tenant id:</source>
        <translation>テナント ID(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardauthpage.cpp" line="45"/>
        <source>The application (client) id of the service principal.</source>
        <translation>サービス プリンシパルのアプリケーション (クライアント) ID。</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardauthpage.cpp" line="46"/>
        <source>&amp;Client id:</source>
        <translation>クライアント ID(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardauthpage.cpp" line="49"/>
        <source>https://dev.azure.com/your-organization</source>
        <translation>https://dev.azure.com/your-organization</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardauthpage.cpp" line="50"/>
        <source>&amp;Organization URL:</source>
        <translation>組織の URL(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardauthpage.cpp" line="55"/>
        <location filename="../ui/library/connectionwizardauthpage.cpp" line="98"/>
        <source>Client &amp;secret:</source>
        <translation>クライアント シークレット(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardauthpage.cpp" line="57"/>
        <source>The secret is kept in the system keychain. It is never shown again; you can replace it later.</source>
        <translation>シークレットはシステムのキーチェーンに保管されます。再表示されることはありませんが、後で置き換えることができます。</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardauthpage.cpp" line="92"/>
        <source>A service principal that you created in Microsoft Entra ID, with a client secret.</source>
        <translation>Microsoft Entra ID で作成した、クライアント シークレットを持つサービス プリンシパル。</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardauthpage.cpp" line="93"/>
        <source>A personal access token of the organization, with the scopes your pipelines need.</source>
        <translation>パイプラインに必要なスコープを持つ、組織の個人用アクセス トークン。</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardauthpage.cpp" line="98"/>
        <source>Personal access &amp;token:</source>
        <translation>個人用アクセス トークン(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardauthpage.cpp" line="102"/>
        <source>Stored — leave empty to keep it, type to replace it</source>
        <translation>保存済み — 空のままにすると維持、入力すると置き換え</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardauthpage.cpp" line="104"/>
        <source>Not set — type one to set it</source>
        <translation>未設定 — 入力して設定してください</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ConnectionWizardNamePage</name>
    <message>
        <location filename="../ui/library/connectionwizardnamepage.cpp" line="39"/>
        <source>Name and description</source>
        <translation>名前と説明</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardnamepage.cpp" line="40"/>
        <source>Pipelines and variable groups refer to the connection by its name.</source>
        <translation>パイプラインと変数グループは、この接続を名前で参照します。</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardnamepage.cpp" line="48"/>
        <source>e.g. ws-svc-connection</source>
        <translation>例: ws-svc-connection</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardnamepage.cpp" line="49"/>
        <source>Service connection &amp;name:</source>
        <translation>サービス接続名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardnamepage.cpp" line="54"/>
        <source>Optional</source>
        <translation>省略可能</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardnamepage.cpp" line="57"/>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardnamepage.cpp" line="63"/>
        <source>Connects to:</source>
        <translation>接続先:</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ConnectionWizardScopePage</name>
    <message>
        <location filename="../ui/library/connectionwizardscopepage.cpp" line="32"/>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardscopepage.cpp" line="33"/>
        <source>What pipelines may reach through this connection: a whole subscription, one resource group or one Machine Learning workspace.</source>
        <translation>この接続を通じてパイプラインがアクセスできる範囲: サブスクリプション全体、1 つのリソース グループ、または 1 つの Machine Learning ワークスペース。</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardscopepage.cpp" line="55"/>
        <source>Scope level:</source>
        <translation>スコープ レベル:</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardscopepage.cpp" line="59"/>
        <source>Subscription &amp;id:</source>
        <translation>サブスクリプション ID(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardscopepage.cpp" line="61"/>
        <source>Subscription na&amp;me:</source>
        <translation>サブスクリプション名(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardscopepage.cpp" line="63"/>
        <source>&amp;Resource group:</source>
        <translation>リソース グループ(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardscopepage.cpp" line="65"/>
        <source>Machine Learning &amp;workspace:</source>
        <translation>Machine Learning ワークスペース(&amp;W):</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ConnectionWizardTypePage</name>
    <message>
        <location filename="../ui/library/connectionwizardtypepage.cpp" line="31"/>
        <source>Choose a connection type</source>
        <translation>接続の種類の選択</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardtypepage.cpp" line="32"/>
        <source>What will pipelines connect to with this service connection?</source>
        <translation>このサービス接続でパイプラインは何に接続しますか?</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardtypepage.cpp" line="45"/>
        <source>Deploy to Azure and use Azure Machine Learning through a service principal, at the level of a subscription, a resource group or a Machine Learning workspace.</source>
        <translation>サービス プリンシパルを使って、サブスクリプション、リソース グループ、または Machine Learning ワークスペースのレベルで Azure にデプロイし、Azure Machine Learning を使用します。</translation>
    </message>
    <message>
        <location filename="../ui/library/connectionwizardtypepage.cpp" line="50"/>
        <source>Reach another Azure DevOps organization (repositories, pipelines, artifacts) with a personal access token.</source>
        <translation>個人用アクセス トークンを使って、別の Azure DevOps 組織 (リポジトリ、パイプライン、成果物) にアクセスします。</translation>
    </message>
</context>
<context>
    <name>mlops::ui::DiagnosticListModel</name>
    <message>
        <location filename="../ui/pipelines/diagnosticlistmodel.cpp" line="59"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/diagnosticlistmodel.cpp" line="61"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/diagnosticlistmodel.cpp" line="65"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/diagnosticlistmodel.cpp" line="128"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/diagnosticlistmodel.cpp" line="130"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/diagnosticlistmodel.cpp" line="132"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/diagnosticlistmodel.cpp" line="134"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/diagnosticlistmodel.cpp" line="136"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>mlops::ui::DiffStyle</name>
    <message>
        <location filename="../ui/common/diffstyle.cpp" line="41"/>
        <source>Same on both sides</source>
        <translation>両方で同じ</translation>
    </message>
    <message>
        <location filename="../ui/common/diffstyle.cpp" line="43"/>
        <source>Changed</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <location filename="../ui/common/diffstyle.cpp" line="45"/>
        <source>Only on the left</source>
        <translation>左側のみ</translation>
    </message>
    <message>
        <location filename="../ui/common/diffstyle.cpp" line="47"/>
        <source>Only on the right</source>
        <translation>右側のみ</translation>
    </message>
</context>
<context>
    <name>mlops::ui::DocumentUndoStack</name>
    <message>
        <location filename="../ui/pipelines/documentundostack.cpp" line="37"/>
        <source>Edit text</source>
        <translation>テキストの編集</translation>
    </message>
</context>
<context>
    <name>mlops::ui::EditGroupTextCommand</name>
    <message>
        <location filename="../ui/library/editgrouptextcommand.cpp" line="12"/>
        <source>Change group name</source>
        <translation>グループ名の変更</translation>
    </message>
    <message>
        <location filename="../ui/library/editgrouptextcommand.cpp" line="13"/>
        <source>Change description</source>
        <translation>説明の変更</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ExpandedYamlView</name>
    <message>
        <location filename="../ui/pipelines/expandedyamlview.cpp" line="16"/>
        <source>No pipeline has been compiled yet.</source>
        <translation>パイプラインはまだコンパイルされていません。</translation>
    </message>
</context>
<context>
    <name>mlops::ui::Languages</name>
    <message>
        <location filename="../ui/common/languages.cpp" line="12"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
</context>
<context>
    <name>mlops::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="44"/>
        <source>MLOps Workbench</source>
        <translation>MLOps Workbench</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="55"/>
        <location filename="../ui/shell/mainwindow.cpp" line="57"/>
        <location filename="../ui/shell/mainwindow.cpp" line="59"/>
        <source>Pipelines</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="60"/>
        <source>Project settings</source>
        <translation>プロジェクトの設定</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="59"/>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="62"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="79"/>
        <source>Workspace: %1</source>
        <translation>ワークスペース: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="115"/>
        <location filename="../ui/shell/mainwindow.cpp" line="120"/>
        <source>Run pipeline</source>
        <translation>パイプラインの実行</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="145"/>
        <source>%1 – MLOps Workbench</source>
        <translation>%1 – MLOps Workbench</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="165"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="166"/>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="167"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="168"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="174"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="177"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="183"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="188"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="192"/>
        <source>&amp;About MLOps Workbench</source>
        <translation>MLOps Workbench について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="194"/>
        <source>About MLOps Workbench</source>
        <translation>MLOps Workbench について</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="195"/>
        <source>&lt;b&gt;MLOps Workbench&lt;/b&gt; %1&lt;br&gt;The Azure DevOps and Azure Machine Learning loop, offline on a local workspace.</source>
        <translation>&lt;b&gt;MLOps Workbench&lt;/b&gt; %1&lt;br&gt;Azure DevOps と Azure Machine Learning のループを、ローカル ワークスペース上でオフラインで。</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="199"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="206"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="212"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="245"/>
        <source>Settings saved. A new language is used after a restart.</source>
        <translation>設定を保存しました。新しい言語は再起動後に使用されます。</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="252"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="253"/>
        <source>The variable group %1 has unsaved changes. Save them before closing?</source>
        <translation>変数グループ %1 に未保存の変更があります。閉じる前に保存しますか?</translation>
    </message>
</context>
<context>
    <name>mlops::ui::MetricBarChart</name>
    <message>
        <location filename="../ui/registry/metricbarchart.cpp" line="63"/>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ModelListModel</name>
    <message>
        <location filename="../ui/registry/modellistmodel.cpp" line="101"/>
        <location filename="../ui/registry/modellistmodel.cpp" line="105"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../ui/registry/modellistmodel.cpp" line="123"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/registry/modellistmodel.cpp" line="125"/>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../ui/registry/modellistmodel.cpp" line="127"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../ui/registry/modellistmodel.cpp" line="129"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ModelsPage</name>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="56"/>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="58"/>
        <source>Compare two or more selected versions side by side</source>
        <translation>選択した 2 つ以上のバージョンを並べて比較</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="59"/>
        <source>Promote…</source>
        <translation>昇格…</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="61"/>
        <source>Rollback…</source>
        <translation>ロールバック…</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="63"/>
        <source>Put an earlier version back in Production</source>
        <translation>以前のバージョンを Production に戻す</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="64"/>
        <source>Download…</source>
        <translation>ダウンロード…</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="66"/>
        <source>Copy the files of the selected version to a folder</source>
        <translation>選択したバージョンのファイルをフォルダーにコピーします</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="67"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="88"/>
        <source>No models yet.</source>
        <translation>モデルはまだありません。</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="89"/>
        <source>Run the sample CI pipeline (Pipelines › Model-Train-Register-CI) to register one.</source>
        <translation>サンプルの CI パイプライン (パイプライン › Model-Train-Register-CI) を実行してモデルを登録してください。</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="111"/>
        <source>Property</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="111"/>
        <location filename="../ui/registry/modelspage.cpp" line="112"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="112"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="113"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="113"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="113"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="116"/>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="117"/>
        <source>Lineage</source>
        <translation>系譜</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="118"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="119"/>
        <source>Promotion history</source>
        <translation>昇格履歴</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="150"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="188"/>
        <source>Could not read the models: %1</source>
        <translation>モデルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="239"/>
        <source>Could not read the versions of %1: %2</source>
        <translation>%1 のバージョンを読み込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="248"/>
        <source>Could not read the Production version of %1: %2</source>
        <translation>%1 の Production バージョンを読み込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="251"/>
        <source>Could not read the promotion history of %1: %2</source>
        <translation>%1 の昇格履歴を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="254"/>
        <source>%1 v%2: %3 → %4 (%5) by %6, %7</source>
        <translation>%1 v%2: %3 → %4 (%5)、実行者 %6、%7</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="275"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="275"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="276"/>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="277"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="278"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="279"/>
        <source>Created by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="283"/>
        <source>Metric %1</source>
        <translation>メトリック %1</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="285"/>
        <source>Tag %1</source>
        <translation>タグ %1</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="287"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="288"/>
        <source>Build</source>
        <translation>ビルド</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="289"/>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="290"/>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="291"/>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="292"/>
        <source>Dataset version</source>
        <translation>データセットのバージョン</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="293"/>
        <source>Dataset SHA-256</source>
        <translation>データセットの SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="294"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="335"/>
        <source>%1 v%2 is now in %3</source>
        <translation>%1 v%2 は %3 になりました</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="361"/>
        <source>%1 rolled back to v%2</source>
        <translation>%1 を v%2 にロールバックしました</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="374"/>
        <source>Download %1 v%2 to folder</source>
        <translation>%1 v%2 のダウンロード先フォルダー</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="405"/>
        <source>Could not download %1 v%2 to %3: %4</source>
        <translation>%1 v%2 を %3 にダウンロードできませんでした: %4</translation>
    </message>
    <message>
        <location filename="../ui/registry/modelspage.cpp" line="407"/>
        <source>Download of %1 v%2 canceled: nothing was written to %3</source>
        <translation>%1 v%2 のダウンロードを取り消しました。%3 には何も書き込まれていません</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/registry/modelspage.cpp" line="412"/>
        <source>Downloaded %n file(s) of %1 v%2 to %3</source>
        <translation>
            <numerusform>%1 v%2 のファイル %n 件を %3 にダウンロードしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::ui::NewPipelineDialog</name>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="54"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="55"/>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="60"/>
        <source>New pipeline</source>
        <translation>新しいパイプライン</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="69"/>
        <source>Existing Azure Pipelines YAML file</source>
        <translation>既存の Azure Pipelines YAML ファイル</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="74"/>
        <source>Select the repository folder and the YAML file in it that defines the pipeline. The file stays where it is; the pipeline refers to it.</source>
        <translation>リポジトリ フォルダーと、その中にあるパイプラインを定義する YAML ファイルを選択してください。ファイルは移動されず、パイプラインはそのファイルを参照します。</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="80"/>
        <source>The folder of the repository, e.g. …/repos/mlops-sample</source>
        <translation>リポジトリのフォルダー (例: …/repos/mlops-sample)</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="82"/>
        <source>Choose the repository folder</source>
        <translation>リポジトリ フォルダーを選択します</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="85"/>
        <source>Path inside the repository, e.g. .pipelines/ci.yml</source>
        <translation>リポジトリ内のパス (例: .pipelines/ci.yml)</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="87"/>
        <source>Choose the YAML file inside the repository</source>
        <translation>リポジトリ内の YAML ファイルを選択します</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="88"/>
        <source>e.g. Model-Train-Register-CI</source>
        <translation>例: Model-Train-Register-CI</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="112"/>
        <source>&amp;Repository folder:</source>
        <translation>リポジトリ フォルダー(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="113"/>
        <source>&amp;YAML file:</source>
        <translation>YAML ファイル(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="114"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="119"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="158"/>
        <source>Repository folder</source>
        <translation>リポジトリ フォルダー</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="166"/>
        <source>YAML file</source>
        <translation>YAML ファイル</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="167"/>
        <source>Azure Pipelines YAML (*.yml *.yaml);;All files (*)</source>
        <translation>Azure Pipelines YAML (*.yml *.yaml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="207"/>
        <source>Name: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/newpipelinedialog.cpp" line="226"/>
        <source>The pipeline was not created: %1</source>
        <translation>パイプラインは作成されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>mlops::ui::PipelineEditorWidget</name>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="78"/>
        <source>Fit to view</source>
        <translation>全体を表示</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="79"/>
        <source>Show the whole graph (Ctrl+wheel zooms)</source>
        <translation>グラフ全体を表示します (Ctrl+ホイールでズーム)</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="87"/>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="297"/>
        <source>Diagnostics</source>
        <translation>診断</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="88"/>
        <source>Expanded YAML</source>
        <translation>展開された YAML</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="89"/>
        <source>Graph</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="108"/>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="236"/>
        <source>Validating…</source>
        <translation>検証しています…</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="113"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="124"/>
        <source>Opening %1 was cancelled: there are unsaved changes.</source>
        <translation>未保存の変更があるため、%1 を開く操作は取り消されました。</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="127"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="152"/>
        <source>The pipeline has no file yet; choose where to save it.</source>
        <translation>このパイプラインにはまだファイルがありません。保存先を選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="160"/>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="163"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="188"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="196"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="197"/>
        <source>%1 has unsaved changes.</source>
        <translation>%1 には未保存の変更があります。</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="200"/>
        <source>Save them before going on?</source>
        <translation>続行する前に保存しますか?</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="206"/>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="267"/>
        <source>The pipeline has %n error(s); fix them to see the result.</source>
        <translation>
            <numerusform>パイプラインに %n 件のエラーがあります。結果を表示するには修正してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="269"/>
        <source>The compiler did not produce a plan.</source>
        <translation>コンパイラーはプランを生成しませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="285"/>
        <source>%1:%2 is in another file; open it to edit.</source>
        <translation>%1:%2 は別のファイルにあります。編集するにはそのファイルを開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="297"/>
        <source>Diagnostics (%1)</source>
        <translation>診断 (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="299"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="299"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelineeditorwidget.cpp" line="301"/>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>mlops::ui::PipelineListModel</name>
    <message>
        <location filename="../ui/pipelines/pipelinelistmodel.cpp" line="87"/>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinelistmodel.cpp" line="102"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinelistmodel.cpp" line="104"/>
        <source>YAML file</source>
        <translation>YAML ファイル</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinelistmodel.cpp" line="106"/>
        <source>Repository folder</source>
        <translation>リポジトリ フォルダー</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinelistmodel.cpp" line="108"/>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>mlops::ui::PipelinesPage</name>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="47"/>
        <source>&amp;New pipeline</source>
        <translation>新しいパイプライン(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="47"/>
        <source>Re&amp;name</source>
        <translation>名前の変更(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="48"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="52"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="71"/>
        <source>Create a pipeline from an existing Azure Pipelines YAML file (Ctrl+N)</source>
        <translation>既存の Azure Pipelines YAML ファイルからパイプラインを作成します (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="72"/>
        <source>Rename the selected pipeline</source>
        <translation>選択したパイプラインの名前を変更します</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="73"/>
        <source>Delete the selected pipeline; its YAML file is kept (Delete)</source>
        <translation>選択したパイプラインを削除します。YAML ファイルは残ります (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="74"/>
        <source>Save the YAML file (Ctrl+S)</source>
        <translation>YAML ファイルを保存します (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="75"/>
        <source>Filter by name, YAML file or folder (Ctrl+F)</source>
        <translation>名前、YAML ファイル、フォルダーでフィルター (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="106"/>
        <source>No pipelines yet.</source>
        <translation>パイプラインはまだありません。</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="107"/>
        <source>A pipeline runs the stages, jobs and steps of an Azure Pipelines YAML file in a repository folder. Press Ctrl+N to create one from an existing YAML file, or run “mlops init --sample” to add the sample project and its three pipelines.</source>
        <translation>パイプラインは、リポジトリ フォルダーにある Azure Pipelines YAML ファイルのステージ、ジョブ、ステップを実行します。Ctrl+N を押して既存の YAML ファイルから作成するか、「mlops init --sample」を実行してサンプル プロジェクトと 3 つのパイプラインを追加してください。</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="110"/>
        <source>New pipeline</source>
        <translation>新しいパイプライン</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="111"/>
        <source>No pipeline matches the filter.</source>
        <translation>フィルターに一致するパイプラインはありません。</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="112"/>
        <source>The filter looks at names, YAML files and folders. Press Esc in the filter to clear it.</source>
        <translation>フィルターは名前、YAML ファイル、フォルダーを対象にします。フィルターで Esc を押すとクリアされます。</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="113"/>
        <source>Clear the filter</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="114"/>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="363"/>
        <source>No pipeline open.</source>
        <translation>パイプラインが開かれていません。</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="115"/>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="364"/>
        <source>Select a pipeline in the list to edit its YAML, see its problems and the graph of its stages and jobs.</source>
        <translation>一覧でパイプラインを選択すると、YAML の編集、問題の確認、ステージとジョブのグラフ表示ができます。</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="153"/>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="209"/>
        <source>Pipelines</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="159"/>
        <source>&amp;Run pipeline</source>
        <translation>パイプラインを実行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="161"/>
        <source>Queue a run of the selected pipeline</source>
        <translation>選択したパイプラインの実行をキューに入れます</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="243"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="245"/>
        <source>The pipeline %1 was not saved: %2</source>
        <translation>パイプライン %1 は保存されませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="270"/>
        <source>The pipelines could not be read: %1</source>
        <translation>パイプラインを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="346"/>
        <source>The pipeline %1 cannot be opened.</source>
        <translation>パイプライン %1 を開けません。</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="393"/>
        <source>Created pipeline %1</source>
        <translation>パイプライン %1 を作成しました</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="410"/>
        <source>Rename pipeline</source>
        <translation>パイプラインの名前の変更</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="411"/>
        <source>New name of the pipeline “%1”:</source>
        <translation>パイプライン「%1」の新しい名前:</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="413"/>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="419"/>
        <source>The pipeline %1 was not renamed: %2</source>
        <translation>パイプライン %1 の名前は変更されませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="425"/>
        <source>Renamed pipeline %1 to %2</source>
        <translation>パイプライン %1 の名前を %2 に変更しました</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="437"/>
        <source>Delete pipeline</source>
        <translation>パイプラインの削除</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="437"/>
        <source>Delete the pipeline “%1”?</source>
        <translation>パイプライン「%1」を削除しますか?</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="440"/>
        <source>Only the pipeline is deleted: its YAML file %1 stays in the repository.</source>
        <translation>削除されるのはパイプラインだけです。YAML ファイル %1 はリポジトリに残ります。</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="442"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="465"/>
        <source>Deleted pipeline %1</source>
        <translation>パイプライン %1 を削除しました</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/pipelinespage.cpp" line="467"/>
        <source>The pipeline %1 was not deleted: %2</source>
        <translation>パイプライン %1 は削除されませんでした: %2</translation>
    </message>
</context>
<context>
    <name>mlops::ui::PlanGraphView</name>
    <message>
        <location filename="../ui/pipelines/plangraphview.cpp" line="73"/>
        <source>No pipeline has been compiled yet.</source>
        <translation>パイプラインはまだコンパイルされていません。</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/plangraphview.cpp" line="85"/>
        <source>The pipeline has no jobs to run, so there is nothing to draw.</source>
        <translation>パイプラインに実行するジョブがないため、描画するものはありません。</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/plangraphview.cpp" line="223"/>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/plangraphview.cpp" line="224"/>
        <source>Stage %1</source>
        <translation>ステージ %1</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/plangraphview.cpp" line="268"/>
        <location filename="../ui/pipelines/plangraphview.cpp" line="291"/>
        <source>if %1</source>
        <translation>条件 %1</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/plangraphview.cpp" line="274"/>
        <source>Stage %1, runs if %2</source>
        <translation>ステージ %1 (%2 の場合に実行)</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/plangraphview.cpp" line="289"/>
        <source>deployment</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/plangraphview.cpp" line="289"/>
        <source>deploy to %1</source>
        <translation>%1 へのデプロイ</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pipelines/plangraphview.cpp" line="299"/>
        <source>Job %1 (%n step(s))</source>
        <translation>
            <numerusform>ジョブ %1 (%n ステップ)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::ui::PromoteDialog</name>
    <message>
        <location filename="../ui/registry/promotedialog.cpp" line="21"/>
        <source>Promote %1 v%2</source>
        <translation>%1 v%2 を昇格</translation>
    </message>
    <message>
        <location filename="../ui/registry/promotedialog.cpp" line="29"/>
        <source>Target stage:</source>
        <translation>昇格先ステージ:</translation>
    </message>
    <message>
        <location filename="../ui/registry/promotedialog.cpp" line="32"/>
        <source>Why this change (required for Production)</source>
        <translation>変更の理由 (Production では必須)</translation>
    </message>
    <message>
        <location filename="../ui/registry/promotedialog.cpp" line="33"/>
        <source>Comment:</source>
        <translation>コメント:</translation>
    </message>
    <message>
        <location filename="../ui/registry/promotedialog.cpp" line="46"/>
        <source>Promote</source>
        <translation>昇格</translation>
    </message>
    <message>
        <location filename="../ui/registry/promotedialog.cpp" line="84"/>
        <source>Nothing changes: v%1 is already in %2.</source>
        <translation>変更はありません: v%1 はすでに %2 です。</translation>
    </message>
    <message>
        <location filename="../ui/registry/promotedialog.cpp" line="91"/>
        <location filename="../ui/registry/promotedialog.cpp" line="97"/>
        <source>v%1 %2 → %3</source>
        <translation>v%1 %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/registry/promotedialog.cpp" line="100"/>
        <source>What will change: %1</source>
        <translation>変更内容: %1</translation>
    </message>
    <message>
        <location filename="../ui/registry/promotedialog.cpp" line="110"/>
        <source>Could not promote %1 v%2: %3</source>
        <translation>%1 v%2 を昇格できませんでした: %3</translation>
    </message>
</context>
<context>
    <name>mlops::ui::RemoveVariableCommand</name>
    <message>
        <location filename="../ui/library/removevariablecommand.cpp" line="12"/>
        <source>Delete variable %1</source>
        <translation>変数 %1 の削除</translation>
    </message>
</context>
<context>
    <name>mlops::ui::RollbackDialog</name>
    <message>
        <location filename="../ui/registry/rollbackdialog.cpp" line="22"/>
        <source>Roll back %1</source>
        <translation>%1 をロールバック</translation>
    </message>
    <message>
        <location filename="../ui/registry/rollbackdialog.cpp" line="30"/>
        <source>v%1 (%2)</source>
        <translation>v%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/registry/rollbackdialog.cpp" line="33"/>
        <source>Restore version:</source>
        <translation>復元するバージョン:</translation>
    </message>
    <message>
        <location filename="../ui/registry/rollbackdialog.cpp" line="36"/>
        <source>Why roll back (required)</source>
        <translation>ロールバックの理由 (必須)</translation>
    </message>
    <message>
        <location filename="../ui/registry/rollbackdialog.cpp" line="37"/>
        <source>Comment:</source>
        <translation>コメント:</translation>
    </message>
    <message>
        <location filename="../ui/registry/rollbackdialog.cpp" line="50"/>
        <source>Roll back</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <location filename="../ui/registry/rollbackdialog.cpp" line="83"/>
        <source>No version earlier than v%1 to roll back to.</source>
        <translation>ロールバック先となる v%1 より前のバージョンがありません。</translation>
    </message>
    <message>
        <location filename="../ui/registry/rollbackdialog.cpp" line="91"/>
        <source>What will change: v%1 %2 → %3, v%4 %5 → %6</source>
        <translation>変更内容: v%1 %2 → %3、v%4 %5 → %6</translation>
    </message>
    <message>
        <location filename="../ui/registry/rollbackdialog.cpp" line="109"/>
        <source>Could not roll %1 back to v%2: %3</source>
        <translation>%1 を v%2 にロールバックできませんでした: %3</translation>
    </message>
</context>
<context>
    <name>mlops::ui::RunAgentLocator</name>
    <message>
        <location filename="../ui/runs/runagentlocator.cpp" line="25"/>
        <source>The agent program &apos;mlops&apos; was not found; looked for: %1</source>
        <translation>エージェント プログラム &apos;mlops&apos; が見つかりません。探した場所: %1</translation>
    </message>
</context>
<context>
    <name>mlops::ui::RunArtifactsWidget</name>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="39"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="39"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="48"/>
        <source>Select a file to see its contents.</source>
        <translation>ファイルを選択すると内容が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="62"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="64"/>
        <source>Open the selected file with the desktop&apos;s application for it</source>
        <translation>選択したファイルをデスクトップの対応アプリケーションで開きます</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="67"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="69"/>
        <source>Save the selected file or artifact</source>
        <translation>選択したファイルまたは成果物を保存します</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="72"/>
        <source>Save all…</source>
        <translation>すべて保存…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="104"/>
        <source>The artifacts of run %1 cannot be read: %2</source>
        <translation>実行 %1 の成果物を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="119"/>
        <source>This run published no artifacts.</source>
        <translation>この実行は成果物を公開していません。</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="128"/>
        <source>The artifact %1 could not be saved to %2: %3</source>
        <translation>成果物 %1 を %2 に保存できませんでした: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runartifactswidget.cpp" line="133"/>
        <source>Saved %n artifact(s) to %1.</source>
        <translation>
            <numerusform>%n 個の成果物を %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="139"/>
        <source>Save artifacts to</source>
        <translation>成果物の保存先</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="195"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="200"/>
        <source>%1 is a binary file (%2). Use Open or Save….</source>
        <translation>%1 はバイナリファイルです (%2)。「開く」または「保存…」を使ってください。</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="206"/>
        <source>… (the first %1 of %2 are shown)</source>
        <translation>…（%2 のうち先頭 %1 を表示しています）</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="237"/>
        <source>%1 could not be saved: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="240"/>
        <source>Saved %1 to %2.</source>
        <translation>%1 を %2 に保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="254"/>
        <source>%1 could not be opened: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="266"/>
        <source>Save %1</source>
        <translation>%1 を保存</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="267"/>
        <source>Save the artifact %1 to</source>
        <translation>成果物 %1 の保存先</translation>
    </message>
    <message>
        <location filename="../ui/runs/runartifactswidget.cpp" line="276"/>
        <source>No application opens %1; it was copied to %2.</source>
        <translation>%1 を開くアプリケーションがありません。%2 にコピーしました。</translation>
    </message>
</context>
<context>
    <name>mlops::ui::RunDialog</name>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="63"/>
        <source>Run pipeline %1</source>
        <translation>パイプライン %1 の実行</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="66"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="70"/>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="74"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="74"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="79"/>
        <source>Add variable</source>
        <translation>変数を追加</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="81"/>
        <source>Remove variable</source>
        <translation>変数を削除</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="95"/>
        <source>Stages to run</source>
        <translation>実行するステージ</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="112"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="130"/>
        <source>The pipeline %1 does not compile:
%2</source>
        <translation>パイプライン %1 をコンパイルできません:
%2</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="136"/>
        <source>This pipeline has no runtime parameters.</source>
        <translation>このパイプラインにはランタイム パラメーターがありません。</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="172"/>
        <location filename="../ui/runs/rundialog.cpp" line="173"/>
        <source>Check at least one stage to run.</source>
        <translation>実行するステージを少なくとも 1 つ選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="201"/>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="244"/>
        <source>The parameter %1 needs a number.</source>
        <translation>パラメーター %1 には数値が必要です。</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="249"/>
        <source>The agent program &apos;mlops&apos; was not found; runs cannot be started.</source>
        <translation>エージェント プログラム &apos;mlops&apos; が見つからないため、実行を開始できません。</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="264"/>
        <source>No run was queued: the pipeline %1 does not compile with these values:
%2</source>
        <translation>実行はキューに入れられていません。パイプライン %1 はこれらの値ではコンパイルできません:
%2</translation>
    </message>
    <message>
        <location filename="../ui/runs/rundialog.cpp" line="270"/>
        <source>The run of %1 could not be queued: %2</source>
        <translation>%1 の実行をキューに入れられませんでした: %2</translation>
    </message>
</context>
<context>
    <name>mlops::ui::RunListModel</name>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="197"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="198"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="199"/>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="200"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="201"/>
        <source>Requested by</source>
        <translation>要求者</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="202"/>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="203"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location filename="../ui/runs/runlistmodel.cpp" line="204"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
</context>
<context>
    <name>mlops::ui::RunSearchWidget</name>
    <message>
        <location filename="../ui/runs/runsearchwidget.cpp" line="31"/>
        <source>Search all steps of this run</source>
        <translation>この実行のすべてのステップを検索</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsearchwidget.cpp" line="33"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsearchwidget.cpp" line="121"/>
        <source>%1 — line %2: %3</source>
        <translation>%1 — %2 行目: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runsearchwidget.cpp" line="126"/>
        <source>%n matching line(s)</source>
        <translation>
            <numerusform>一致した行: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runsearchwidget.cpp" line="128"/>
        <source>(the first %1 are listed)</source>
        <translation>(最初の %1 件を表示)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsearchwidget.cpp" line="130"/>
        <source>— logs that could not be read: %1</source>
        <translation>— 読み込めなかったログ: %1</translation>
    </message>
</context>
<context>
    <name>mlops::ui::RunStatus</name>
    <message>
        <location filename="../ui/runs/runstatus.cpp" line="11"/>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatus.cpp" line="13"/>
        <source>In progress</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatus.cpp" line="15"/>
        <location filename="../ui/runs/runstatus.cpp" line="24"/>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatus.cpp" line="17"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatus.cpp" line="18"/>
        <source>Succeeded with issues</source>
        <translation>成功 (問題あり)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatus.cpp" line="19"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatus.cpp" line="20"/>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatus.cpp" line="21"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatus.cpp" line="22"/>
        <source>Abandoned</source>
        <translation>放棄</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatus.cpp" line="62"/>
        <source>%1s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatus.cpp" line="64"/>
        <source>%1m %2s</source>
        <translation>%1分 %2秒</translation>
    </message>
    <message>
        <location filename="../ui/runs/runstatus.cpp" line="65"/>
        <source>%1h %2m</source>
        <translation>%1時間 %2分</translation>
    </message>
</context>
<context>
    <name>mlops::ui::RunSummaryWidget</name>
    <message>
        <location filename="../ui/runs/runsummarywidget.cpp" line="64"/>
        <source>Requested by:</source>
        <translation>要求者:</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsummarywidget.cpp" line="65"/>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsummarywidget.cpp" line="66"/>
        <source>Queued:</source>
        <translation>キュー投入:</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsummarywidget.cpp" line="67"/>
        <source>Message:</source>
        <translation>メッセージ:</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsummarywidget.cpp" line="78"/>
        <source>Code coverage:</source>
        <translation>コードカバレッジ:</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsummarywidget.cpp" line="80"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsummarywidget.cpp" line="80"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsummarywidget.cpp" line="80"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsummarywidget.cpp" line="82"/>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsummarywidget.cpp" line="82"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsummarywidget.cpp" line="82"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsummarywidget.cpp" line="98"/>
        <source>No code coverage was published.</source>
        <translation>コードカバレッジは公開されていません。</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsummarywidget.cpp" line="103"/>
        <source>Lines %1% (%2 of %3), branches %4% (%5 of %6)</source>
        <translation>行 %1%（%3 行中 %2 行）、分岐 %4%（%6 件中 %5 件）</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsummarywidget.cpp" line="131"/>
        <source>Parameter</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <location filename="../ui/runs/runsummarywidget.cpp" line="132"/>
        <source>Variable</source>
        <translation>変数</translation>
    </message>
</context>
<context>
    <name>mlops::ui::RunTestsWidget</name>
    <message>
        <location filename="../ui/runs/runtestswidget.cpp" line="24"/>
        <location filename="../ui/runs/runtestswidget.cpp" line="59"/>
        <source>Passed</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtestswidget.cpp" line="26"/>
        <location filename="../ui/runs/runtestswidget.cpp" line="60"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtestswidget.cpp" line="28"/>
        <location filename="../ui/runs/runtestswidget.cpp" line="61"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtestswidget.cpp" line="43"/>
        <location filename="../ui/runs/runtestswidget.cpp" line="108"/>
        <source>This run has no test results. Publish JUnit files with PublishTestResults@2.</source>
        <translation>この実行にはテスト結果がありません。PublishTestResults@2 で JUnit ファイルを発行してください。</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtestswidget.cpp" line="55"/>
        <source>Outcome:</source>
        <translation>結果:</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtestswidget.cpp" line="58"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtestswidget.cpp" line="68"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtestswidget.cpp" line="68"/>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtestswidget.cpp" line="68"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtestswidget.cpp" line="68"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtestswidget.cpp" line="77"/>
        <source>Select a test case to see its failure message and stack.</source>
        <translation>テスト ケースを選択すると、失敗メッセージとスタックが表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtestswidget.cpp" line="115"/>
        <source>The test results of run %1 cannot be read: %2</source>
        <translation>実行 %1 のテスト結果を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtestswidget.cpp" line="122"/>
        <source>%1 test(s): %2 passed, %3 failed, %4 skipped</source>
        <translation>テスト %1 件: 成功 %2、失敗 %3、スキップ %4</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtestswidget.cpp" line="144"/>
        <source>The test runs of run %1 cannot be read: %2</source>
        <translation>実行 %1 のテスト実行を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtestswidget.cpp" line="150"/>
        <source>The cases of test run &apos;%1&apos; cannot be read: %2</source>
        <translation>テスト実行 &apos;%1&apos; のケースを読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runtestswidget.cpp" line="177"/>
        <source>%1: %2 (no message)</source>
        <translation>%1: %2 (メッセージなし)</translation>
    </message>
</context>
<context>
    <name>mlops::ui::RunView</name>
    <message>
        <location filename="../ui/runs/runview.cpp" line="58"/>
        <source>Cancel run</source>
        <translation>実行をキャンセル</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="65"/>
        <source>Re-run all jobs</source>
        <translation>すべてのジョブを再実行</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="67"/>
        <source>Re-run failed jobs</source>
        <translation>失敗したジョブを再実行</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="69"/>
        <source>Runs only the jobs that did not succeed; the others keep their results, outputs and artifacts</source>
        <translation>成功しなかったジョブだけを実行します。その他のジョブは結果・出力・成果物をそのまま引き継ぎます</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="72"/>
        <location filename="../ui/runs/runview.cpp" line="242"/>
        <source>Re-run</source>
        <translation>再実行</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="104"/>
        <source>Timeline and logs</source>
        <translation>タイムラインとログ</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="107"/>
        <source>Artifacts</source>
        <translation>成果物</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="110"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="113"/>
        <source>Tests</source>
        <translation>テスト</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="116"/>
        <source>Search logs</source>
        <translation>ログの検索</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="174"/>
        <source>Run %1 cannot be read: %2</source>
        <translation>実行 %1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="221"/>
        <source>No run selected</source>
        <translation>実行が選択されていません</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="222"/>
        <source>Run %1</source>
        <translation>実行 %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="230"/>
        <source>Duration %1</source>
        <translation>所要時間 %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="231"/>
        <source>Tags: %1</source>
        <translation>タグ: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="233"/>
        <source>Re-run of #%1 (failed jobs)</source>
        <translation>#%1 の再実行（失敗したジョブ）</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="234"/>
        <source>Re-run of #%1 (all jobs)</source>
        <translation>#%1 の再実行（すべてのジョブ）</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="295"/>
        <source>Run %1 could not be canceled: %2</source>
        <translation>実行 %1 をキャンセルできませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="299"/>
        <source>Run %1 was canceled before an agent took it.</source>
        <translation>実行 %1 はエージェントが受け取る前にキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="321"/>
        <source>Run %1 could not be re-run: %2</source>
        <translation>実行 %1 を再実行できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="303"/>
        <source>Canceling run %1…</source>
        <translation>実行 %1 をキャンセルしています…</translation>
    </message>
    <message>
        <location filename="../ui/runs/runview.cpp" line="314"/>
        <source>The agent program &apos;mlops&apos; was not found; runs cannot be started.</source>
        <translation>エージェント プログラム &apos;mlops&apos; が見つからないため、実行を開始できません。</translation>
    </message>
</context>
<context>
    <name>mlops::ui::RunsPage</name>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="28"/>
        <source>Pipeline:</source>
        <translation>パイプライン:</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="42"/>
        <source>No runs yet. Open a pipeline and press Run.</source>
        <translation>まだ実行はありません。パイプラインを開いて [実行] を押してください。</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="82"/>
        <source>Runs</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="111"/>
        <source>All pipelines</source>
        <translation>すべてのパイプライン</translation>
    </message>
    <message>
        <location filename="../ui/runs/runspage.cpp" line="118"/>
        <source>The pipelines cannot be listed: %1</source>
        <translation>パイプラインを一覧表示できません: %1</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ServiceConnectionDetails</name>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="32"/>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="62"/>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="63"/>
        <source>Authentication:</source>
        <translation>認証:</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="64"/>
        <source>Scope level:</source>
        <translation>スコープ レベル:</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="65"/>
        <source>Subscription id:</source>
        <translation>サブスクリプション ID:</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="66"/>
        <source>Subscription name:</source>
        <translation>サブスクリプション名:</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="67"/>
        <source>Resource group:</source>
        <translation>リソース グループ:</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="68"/>
        <source>Workspace:</source>
        <translation>ワークスペース:</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="69"/>
        <source>Tenant id:</source>
        <translation>テナント ID:</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="70"/>
        <source>Client id:</source>
        <translation>クライアント ID:</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="71"/>
        <source>Organization URL:</source>
        <translation>組織の URL:</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="72"/>
        <source>Secret:</source>
        <translation>シークレット:</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="74"/>
        <source>Created:</source>
        <translation>作成:</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="75"/>
        <source>Modified:</source>
        <translation>更新:</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="78"/>
        <source>Used by</source>
        <translation>使用元</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="133"/>
        <source>Client secret:</source>
        <translation>クライアント シークレット:</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="133"/>
        <source>Personal access token:</source>
        <translation>個人用アクセス トークン:</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="134"/>
        <source>set</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="134"/>
        <source>not set — edit the connection to set it</source>
        <translation>未設定 — 接続を編集して設定してください</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="148"/>
        <source>Could not find out what uses this connection: %1</source>
        <translation>この接続の使用元を確認できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiondetails.cpp" line="150"/>
        <source>Nothing uses this connection yet. A variable group uses it when one of its variables has the connection&apos;s name as its value; a pipeline, when a task input or a variable of its YAML has it.</source>
        <translation>この接続はまだ使用されていません。変数グループはいずれかの変数の値がこの接続名であるとき、パイプラインは YAML のタスク入力または変数の値がこの接続名であるときに、この接続を使用します。</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ServiceConnectionListModel</name>
    <message>
        <location filename="../ui/library/serviceconnectionlistmodel.cpp" line="75"/>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionlistmodel.cpp" line="129"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionlistmodel.cpp" line="131"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionlistmodel.cpp" line="133"/>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionlistmodel.cpp" line="135"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionlistmodel.cpp" line="137"/>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ServiceConnectionText</name>
    <message>
        <location filename="../ui/library/serviceconnectiontext.cpp" line="12"/>
        <source>Azure Resource Manager</source>
        <translation>Azure Resource Manager</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiontext.cpp" line="14"/>
        <source>Azure DevOps</source>
        <translation>Azure DevOps</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiontext.cpp" line="23"/>
        <source>Service principal (manual)</source>
        <translation>サービス プリンシパル (手動)</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiontext.cpp" line="25"/>
        <source>Personal access token</source>
        <translation>個人用アクセス トークン</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiontext.cpp" line="34"/>
        <source>Subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiontext.cpp" line="36"/>
        <source>Resource group</source>
        <translation>リソース グループ</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiontext.cpp" line="38"/>
        <source>Machine Learning workspace</source>
        <translation>Machine Learning ワークスペース</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectiontext.cpp" line="61"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ServiceConnectionsPage</name>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="59"/>
        <source>&amp;New service connection</source>
        <translation>新しいサービス接続(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="61"/>
        <source>Create a service connection (Ctrl+N)</source>
        <translation>サービス接続を作成します (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="62"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="64"/>
        <source>Change the selected service connection or replace its secret</source>
        <translation>選択したサービス接続を変更するか、シークレットを置き換えます</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="65"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="67"/>
        <source>Delete the selected service connection (Delete)</source>
        <translation>選択したサービス接続を削除します (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="70"/>
        <source>Filter by name, type or target (Ctrl+F)</source>
        <translation>名前、種類、対象でフィルター (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="114"/>
        <source>Select a service connection to see its details and what uses it.</source>
        <translation>サービス接続を選択すると、詳細と使用元が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="122"/>
        <source>Subscription name:</source>
        <translation>サブスクリプション名:</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="178"/>
        <source>Service connections</source>
        <translation>サービス接続</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="272"/>
        <source>The service connections could not be read</source>
        <translation>サービス接続を読み取れませんでした</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="277"/>
        <source>No service connections. Press Ctrl+N to create one.</source>
        <translation>サービス接続はありません。Ctrl+N を押して作成してください。</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="278"/>
        <source>A service connection lets pipelines reach Azure Resource Manager (a subscription, a resource group or a Machine Learning workspace) or another Azure DevOps organization.</source>
        <translation>サービス接続を使うと、パイプラインから Azure Resource Manager (サブスクリプション、リソース グループ、Machine Learning ワークスペース) や別の Azure DevOps 組織にアクセスできます。</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="281"/>
        <source>New service connection</source>
        <translation>新しいサービス接続</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="284"/>
        <source>No service connection matches “%1”.</source>
        <translation>「%1」に一致するサービス接続はありません。</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="285"/>
        <source>The filter looks at names, descriptions, types, scopes and targets.</source>
        <translation>フィルターは名前、説明、種類、スコープ、対象を検索します。</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="286"/>
        <source>Clear the filter</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="329"/>
        <source>Variable group %1</source>
        <translation>変数グループ %1</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="330"/>
        <source>Variable group %1 — variable %2</source>
        <translation>変数グループ %1 — 変数 %2</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="337"/>
        <source>Modified %1 by %2</source>
        <translation>%1 に %2 が更新</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="347"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="348"/>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="402"/>
        <source>Cannot edit the service connection: %1</source>
        <translation>サービス接続を編集できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="421"/>
        <source>Created service connection %1</source>
        <translation>サービス接続 %1 を作成しました</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="422"/>
        <source>Saved service connection %1</source>
        <translation>サービス接続 %1 を保存しました</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="439"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="440"/>
        <source>Used by: %1. These will no longer find it.</source>
        <translation>使用元: %1。これらからは見つからなくなります。</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="442"/>
        <source>What uses it could not be checked: %1</source>
        <translation>使用元を確認できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="445"/>
        <source>Delete service connection</source>
        <translation>サービス接続の削除</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="446"/>
        <source>Delete the service connection “%1”?</source>
        <translation>サービス接続「%1」を削除しますか?</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="449"/>
        <source>Its secret is removed from the keychain. This cannot be undone.</source>
        <translation>シークレットはキーチェーンから削除されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="450"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="470"/>
        <source>Deleting service connection %1…</source>
        <translation>サービス接続 %1 を削除しています…</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="479"/>
        <source>Deleted service connection %1</source>
        <translation>サービス接続 %1 を削除しました</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="481"/>
        <source>The service connection %1 was not deleted: %2</source>
        <translation>サービス接続 %1 は削除されませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="344"/>
        <source>Pipeline %1</source>
        <translation>パイプライン %1</translation>
    </message>
    <message>
        <location filename="../ui/library/serviceconnectionspage.cpp" line="345"/>
        <source>Pipeline %1 — %2</source>
        <translation>パイプライン %1 — %2</translation>
    </message>
</context>
<context>
    <name>mlops::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/shell/settingsdialog.cpp" line="19"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/shell/settingsdialog.cpp" line="28"/>
        <source>Appearance</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../ui/shell/settingsdialog.cpp" line="30"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/shell/settingsdialog.cpp" line="52"/>
        <source>System default follows the language of your desktop session.</source>
        <translation>「システムの既定」はデスクトップ セッションの言語に従います。</translation>
    </message>
    <message>
        <location filename="../ui/shell/settingsdialog.cpp" line="54"/>
        <source>The new language is used after you restart MLOps Workbench.</source>
        <translation>新しい言語は MLOps Workbench の再起動後に使用されます。</translation>
    </message>
</context>
<context>
    <name>mlops::ui::TimelineModel</name>
    <message numerus="yes">
        <location filename="../ui/runs/timelinemodel.cpp" line="184"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 件のエラー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/timelinemodel.cpp" line="186"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 件の警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/timelinemodel.cpp" line="198"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelinemodel.cpp" line="199"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location filename="../ui/runs/timelinemodel.cpp" line="200"/>
        <source>Issues</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>mlops::ui::VariableGroupCompareDialog</name>
    <message>
        <location filename="../ui/library/variablegroupcomparedialog.cpp" line="23"/>
        <source>Compare variable groups</source>
        <translation>変数グループの比較</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupcomparedialog.cpp" line="41"/>
        <source>&amp;Left</source>
        <translation>左(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupcomparedialog.cpp" line="43"/>
        <source>&amp;Right</source>
        <translation>右(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupcomparedialog.cpp" line="52"/>
        <source>Legend: %1 changed · %2 only on the left · %3 only on the right</source>
        <translation>凡例: %1 変更あり · %2 左側のみ · %3 右側のみ</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupcomparedialog.cpp" line="81"/>
        <source>Could not list the variable groups: %1</source>
        <translation>変数グループの一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupcomparedialog.cpp" line="105"/>
        <source>Comparing needs at least two variable groups. Create or clone one first.</source>
        <translation>比較するには変数グループが 2 つ以上必要です。先に作成または複製してください。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupcomparedialog.cpp" line="114"/>
        <source>Could not read a group: %1</source>
        <translation>グループを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupcomparedialog.cpp" line="120"/>
        <source>%1 and %2 have the same variables.</source>
        <translation>%1 と %2 の変数は同じです。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupcomparedialog.cpp" line="121"/>
        <source>Differences between %1 and %2: %3.</source>
        <translation>%1 と %2 の相違点: %3 件。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupcomparedialog.cpp" line="123"/>
        <source>The descriptions differ.</source>
        <translation>説明が異なります。</translation>
    </message>
</context>
<context>
    <name>mlops::ui::VariableGroupDiffModel</name>
    <message>
        <location filename="../ui/library/variablegroupdiffmodel.cpp" line="106"/>
        <source>Variable</source>
        <translation>変数</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupdiffmodel.cpp" line="108"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupdiffmodel.cpp" line="110"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
</context>
<context>
    <name>mlops::ui::VariableGroupEditor</name>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="37"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="39"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="39"/>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="40"/>
        <source>Lock / unlock</source>
        <translation>ロック / ロック解除</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="40"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="41"/>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="85"/>
        <source>e.g. devopsforai-aml-vg</source>
        <translation>例: devopsforai-aml-vg</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="86"/>
        <source>What these variables are for (optional)</source>
        <translation>これらの変数の用途 (省略可能)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="99"/>
        <source>Add a variable</source>
        <translation>変数を追加します</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="100"/>
        <source>Delete the selected variables</source>
        <translation>選択した変数を削除します</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="102"/>
        <source>Make the selected variable secret, or plain again</source>
        <translation>選択した変数をシークレットにするか、通常の変数に戻します</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="103"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="109"/>
        <source>Variable group &amp;name</source>
        <translation>変数グループ名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="110"/>
        <source>&amp;Description</source>
        <translation>説明(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="114"/>
        <location filename="../ui/library/variablegroupeditor.cpp" line="132"/>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="123"/>
        <source>Secret values are stored in the OS keychain and cannot be read back; type a new value to replace one.</source>
        <translation>シークレットの値は OS のキーチェーンに保存され、読み出すことはできません。置き換えるには新しい値を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="133"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="267"/>
        <source>Created variable group %1</source>
        <translation>変数グループ %1 を作成しました</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="268"/>
        <source>Saved variable group %1</source>
        <translation>変数グループ %1 を保存しました</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="286"/>
        <source>Someone else saved this variable group after you opened it (for example with the mlops command line). Your changes are still here: copy what you need, then press Reload to load the saved version.</source>
        <translation>この変数グループを開いた後に、別のユーザーまたはプロセス (mlops コマンド ラインなど) が保存しました。変更内容はまだ残っています。必要な内容をコピーしてから [再読み込み] を押して、保存済みのバージョンを読み込んでください。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="291"/>
        <source>The OS keychain is not available, so secret values cannot be stored. Start a Secret Service (for example gnome-keyring) and save again. Nothing you typed was lost.</source>
        <translation>OS のキーチェーンを利用できないため、シークレットの値を保存できません。Secret Service (gnome-keyring など) を起動してから、もう一度保存してください。入力した内容は失われていません。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="296"/>
        <location filename="../ui/library/variablegroupeditor.cpp" line="299"/>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="296"/>
        <source>Choose another name.</source>
        <translation>別の名前を指定してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/variablegroupeditor.cpp" line="371"/>
        <source>Delete %n variable(s)</source>
        <translation>
            <numerusform>%n 個の変数の削除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="402"/>
        <source>New variable group</source>
        <translation>新しい変数グループ</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="407"/>
        <source>Not saved yet. Review it and press Ctrl+S to create it.</source>
        <translation>まだ保存されていません。内容を確認し、Ctrl+S を押して作成してください。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="408"/>
        <source>Not saved yet. Give it a name, add variables and press Ctrl+S.</source>
        <translation>まだ保存されていません。名前を付けて変数を追加し、Ctrl+S を押してください。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="410"/>
        <source>Version %1 · modified %2 by %3</source>
        <translation>バージョン %1 · %2 に %3 が変更</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="424"/>
        <source>Save or undo your changes first.</source>
        <translation>先に変更を保存するか、元に戻してください。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="111"/>
        <source>Used by</source>
        <translation>使用元</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="435"/>
        <source>Looking for pipelines that use this group…</source>
        <translation>このグループを使用しているパイプラインを探しています…</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="449"/>
        <source>Could not find out which pipelines use this group: %1</source>
        <translation>このグループを使用しているパイプラインを確認できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="452"/>
        <source>No pipeline uses this group yet. A pipeline uses it with “- group: %1” in its variables.</source>
        <translation>このグループを使用しているパイプラインはまだありません。パイプラインは variables に「- group: %1」と書くとこのグループを使用します。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupeditor.cpp" line="461"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/variablegroupeditor.cpp" line="463"/>
        <source>%n pipeline(s): %1</source>
        <translation>
            <numerusform>%n 個のパイプライン: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::ui::VariableGroupHistoryModel</name>
    <message>
        <location filename="../ui/library/variablegrouphistorymodel.cpp" line="22"/>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistorymodel.cpp" line="24"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistorymodel.cpp" line="26"/>
        <source>Restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistorymodel.cpp" line="28"/>
        <source>Imported</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistorymodel.cpp" line="30"/>
        <source>Variable set</source>
        <translation>変数の設定</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistorymodel.cpp" line="32"/>
        <source>Variable removed</source>
        <translation>変数の削除</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistorymodel.cpp" line="34"/>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistorymodel.cpp" line="72"/>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistorymodel.cpp" line="92"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistorymodel.cpp" line="94"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistorymodel.cpp" line="96"/>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistorymodel.cpp" line="98"/>
        <source>By</source>
        <translation>変更者</translation>
    </message>
</context>
<context>
    <name>mlops::ui::VariableGroupHistoryView</name>
    <message>
        <location filename="../ui/library/variablegrouphistoryview.cpp" line="24"/>
        <source>&amp;Restore this version</source>
        <translation>このバージョンを復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistoryview.cpp" line="56"/>
        <source>Select one version to see what it changed, or two (Ctrl+click) to compare them.</source>
        <translation>バージョンを 1 つ選択すると変更内容を、2 つ選択 (Ctrl+クリック) すると相違点を表示します。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistoryview.cpp" line="114"/>
        <source>Could not read the history: %1</source>
        <translation>履歴を読み取れませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistoryview.cpp" line="163"/>
        <source>The history starts when the group is saved.</source>
        <translation>履歴はグループを保存したときから記録されます。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistoryview.cpp" line="164"/>
        <source>Select one or two versions.</source>
        <translation>バージョンを 1 つまたは 2 つ選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistoryview.cpp" line="170"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistoryview.cpp" line="173"/>
        <location filename="../ui/library/variablegrouphistoryview.cpp" line="176"/>
        <location filename="../ui/library/variablegrouphistoryview.cpp" line="178"/>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistoryview.cpp" line="182"/>
        <source>%1 and %2 have the same variables.</source>
        <translation>%1 と %2 の変数は同じです。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistoryview.cpp" line="183"/>
        <source>Differences between %1 and %2: %3.</source>
        <translation>%1 と %2 の相違点: %3 件。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistoryview.cpp" line="185"/>
        <source>The descriptions differ.</source>
        <translation>説明が異なります。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistoryview.cpp" line="191"/>
        <source>Make the group look like version %1 again (saved as a new version).</source>
        <translation>グループをバージョン %1 の状態に戻します (新しいバージョンとして保存されます)。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistoryview.cpp" line="194"/>
        <source>This is the current version.</source>
        <translation>これは現在のバージョンです。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistoryview.cpp" line="210"/>
        <source>Could not restore version %1: %2</source>
        <translation>バージョン %1 を復元できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouphistoryview.cpp" line="214"/>
        <source>Restored version %1 of %2</source>
        <translation>%2 のバージョン %1 を復元しました</translation>
    </message>
</context>
<context>
    <name>mlops::ui::VariableGroupListModel</name>
    <message>
        <location filename="../ui/library/variablegrouplistmodel.cpp" line="66"/>
        <source>%1 (%2 secret)</source>
        <translation>%1 (シークレット %2)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouplistmodel.cpp" line="89"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouplistmodel.cpp" line="91"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouplistmodel.cpp" line="93"/>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouplistmodel.cpp" line="95"/>
        <source>Date modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegrouplistmodel.cpp" line="97"/>
        <source>Modified by</source>
        <translation>更新者</translation>
    </message>
</context>
<context>
    <name>mlops::ui::VariableGroupsPage</name>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="41"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="41"/>
        <source>C&amp;lone</source>
        <translation>複製(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="42"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="42"/>
        <source>Co&amp;mpare</source>
        <translation>比較(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="43"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="43"/>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="60"/>
        <source>New variable group (Ctrl+N)</source>
        <translation>新しい変数グループ (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="61"/>
        <source>Copy the selected group, secrets included, under a new name</source>
        <translation>選択したグループを、シークレットも含めて新しい名前でコピーします</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="62"/>
        <source>Delete the selected group (Delete)</source>
        <translation>選択したグループを削除します (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="63"/>
        <source>Compare two variable groups side by side</source>
        <translation>2 つの変数グループを並べて比較します</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="64"/>
        <source>Import a group from Azure DevOps JSON</source>
        <translation>Azure DevOps の JSON からグループをインポートします</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="65"/>
        <source>Export the selected group as Azure DevOps JSON (secret values are left out)</source>
        <translation>選択したグループを Azure DevOps の JSON としてエクスポートします (シークレットの値は含まれません)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="67"/>
        <source>Filter by name or description (Ctrl+F)</source>
        <translation>名前または説明でフィルター (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="95"/>
        <source>No variable groups yet.</source>
        <translation>変数グループはまだありません。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="96"/>
        <source>Variable groups hold values and secrets that pipelines use. Press Ctrl+N to create one, or import one from Azure DevOps JSON.</source>
        <translation>変数グループには、パイプラインで使用する値とシークレットを格納します。Ctrl+N を押して作成するか、Azure DevOps の JSON からインポートしてください。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="98"/>
        <source>New variable group</source>
        <translation>新しい変数グループ</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="99"/>
        <source>No variable group matches the filter.</source>
        <translation>フィルターに一致する変数グループはありません。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="100"/>
        <source>Change the filter or press Esc in the search box to clear it.</source>
        <translation>フィルターを変更するか、検索ボックスで Esc キーを押してクリアしてください。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="101"/>
        <source>No variable group selected.</source>
        <translation>変数グループが選択されていません。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="102"/>
        <source>Select a variable group in the list to see and edit its variables, or press Ctrl+N to create one.</source>
        <translation>一覧で変数グループを選択すると変数を表示・編集できます。Ctrl+N を押すと新しく作成できます。</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="115"/>
        <source>Library › Variable groups</source>
        <translation>ライブラリ › 変数グループ</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="181"/>
        <source>Variable groups</source>
        <translation>変数グループ</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="238"/>
        <source>Could not list the variable groups: %1</source>
        <translation>変数グループの一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="323"/>
        <source>the new variable group</source>
        <translation>新しい変数グループ</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="324"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="325"/>
        <source>Save your changes to %1 first?</source>
        <translation>先に %1 への変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="354"/>
        <source>Clone variable group</source>
        <translation>変数グループの複製</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="355"/>
        <source>Name of the copy of %1:</source>
        <translation>%1 のコピーの名前:</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="356"/>
        <source>%1-copy</source>
        <translation>%1-copy</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="364"/>
        <source>Could not clone %1</source>
        <translation>%1 を複製できませんでした</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="370"/>
        <source>Cloned %1 as %2</source>
        <translation>%1 を %2 として複製しました</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="380"/>
        <source>Delete variable group</source>
        <translation>変数グループの削除</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/variablegroupspage.cpp" line="381"/>
        <source>Delete the variable group %1 and its %n variable(s)? Secret values are removed from the keychain. Pipelines that use the group will fail.</source>
        <translation>
            <numerusform>変数グループ %1 とその %n 個の変数を削除しますか? シークレットの値はキーチェーンから削除されます。このグループを使用するパイプラインは失敗するようになります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="391"/>
        <source>Could not delete %1</source>
        <translation>%1 を削除できませんでした</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="400"/>
        <source>Deleted variable group %1</source>
        <translation>変数グループ %1 を削除しました</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="407"/>
        <location filename="../ui/library/variablegroupspage.cpp" line="412"/>
        <source>Could not import %1</source>
        <translation>%1 をインポートできませんでした</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="423"/>
        <source>Imported %1 from %2: review it and press Ctrl+S to create it</source>
        <translation>%2 から %1 をインポートしました。内容を確認し、Ctrl+S を押して作成してください</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="435"/>
        <source>Could not export the group</source>
        <translation>グループをエクスポートできませんでした</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="440"/>
        <source>Could not write %1</source>
        <translation>%1 に書き込めませんでした</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="444"/>
        <source>Exported %1 to %2 (secret values left out)</source>
        <translation>%1 を %2 にエクスポートしました (シークレットの値は含まれません)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="450"/>
        <source>Import variable group</source>
        <translation>変数グループのインポート</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="451"/>
        <source>Azure DevOps JSON (*.json);;All files (*)</source>
        <translation>Azure DevOps JSON (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="467"/>
        <source>Export variable group</source>
        <translation>変数グループのエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/library/variablegroupspage.cpp" line="468"/>
        <source>Azure DevOps JSON (*.json)</source>
        <translation>Azure DevOps JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>mlops::ui::VariableTableModel</name>
    <message>
        <location filename="../ui/library/variabletablemodel.cpp" line="93"/>
        <source>New secret value, stored in the keychain when you save.</source>
        <translation>新しいシークレットの値です。保存するとキーチェーンに格納されます。</translation>
    </message>
    <message>
        <location filename="../ui/library/variabletablemodel.cpp" line="95"/>
        <source>Secret value stored in the keychain. Type to replace it.</source>
        <translation>シークレットの値はキーチェーンに格納されています。置き換えるには入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/library/variabletablemodel.cpp" line="96"/>
        <source>No value stored for this secret. Type to set one.</source>
        <translation>このシークレットには値が格納されていません。設定するには入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/library/variabletablemodel.cpp" line="109"/>
        <source>Secret: the value is stored in the keychain and never shown. Click to make it plain.</source>
        <translation>シークレット: 値はキーチェーンに格納され、表示されることはありません。クリックすると通常の変数になります。</translation>
    </message>
    <message>
        <location filename="../ui/library/variabletablemodel.cpp" line="110"/>
        <source>Plain value. Click to make it secret.</source>
        <translation>通常の値です。クリックするとシークレットになります。</translation>
    </message>
    <message>
        <location filename="../ui/library/variabletablemodel.cpp" line="112"/>
        <location filename="../ui/library/variabletablemodel.cpp" line="192"/>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <location filename="../ui/library/variabletablemodel.cpp" line="112"/>
        <source>Plain</source>
        <translation>通常</translation>
    </message>
    <message>
        <location filename="../ui/library/variabletablemodel.cpp" line="131"/>
        <source>Rename variable %1 to %2</source>
        <translation>変数 %1 の名前を %2 に変更</translation>
    </message>
    <message>
        <location filename="../ui/library/variabletablemodel.cpp" line="139"/>
        <source>Replace secret %1</source>
        <translation>シークレット %1 の置き換え</translation>
    </message>
    <message>
        <location filename="../ui/library/variabletablemodel.cpp" line="144"/>
        <source>Change value of %1</source>
        <translation>%1 の値の変更</translation>
    </message>
    <message>
        <location filename="../ui/library/variabletablemodel.cpp" line="151"/>
        <source>Make %1 secret</source>
        <translation>%1 をシークレットに変更</translation>
    </message>
    <message>
        <location filename="../ui/library/variabletablemodel.cpp" line="151"/>
        <source>Make %1 plain</source>
        <translation>%1 を通常の変数に変更</translation>
    </message>
    <message>
        <location filename="../ui/library/variabletablemodel.cpp" line="188"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/library/variabletablemodel.cpp" line="190"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>mlops::ui::VersionCompareDialog</name>
    <message>
        <location filename="../ui/registry/versioncomparedialog.cpp" line="53"/>
        <source>Compare versions of %1</source>
        <translation>%1 のバージョンを比較</translation>
    </message>
    <message>
        <location filename="../ui/registry/versioncomparedialog.cpp" line="60"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../ui/registry/versioncomparedialog.cpp" line="62"/>
        <location filename="../ui/registry/versioncomparedialog.cpp" line="187"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../ui/registry/versioncomparedialog.cpp" line="85"/>
        <source>Metrics</source>
        <translation>メトリック</translation>
    </message>
    <message>
        <location filename="../ui/registry/versioncomparedialog.cpp" line="86"/>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <location filename="../ui/registry/versioncomparedialog.cpp" line="87"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../ui/registry/versioncomparedialog.cpp" line="90"/>
        <source>Rows marked %1 differ between the versions.</source>
        <translation>%1 の付いた行はバージョン間で異なります。</translation>
    </message>
    <message>
        <location filename="../ui/registry/versioncomparedialog.cpp" line="96"/>
        <source>Chart metric:</source>
        <translation>グラフのメトリック:</translation>
    </message>
    <message>
        <location filename="../ui/registry/versioncomparedialog.cpp" line="136"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../ui/registry/versioncomparedialog.cpp" line="152"/>
        <source>The versions differ in %1</source>
        <translation>バージョン間の相違: %1</translation>
    </message>
    <message>
        <location filename="../ui/registry/versioncomparedialog.cpp" line="156"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>mlops::ui::VersionDownloadJob</name>
    <message>
        <location filename="../ui/registry/versiondownloadjob.cpp" line="28"/>
        <source>Downloading %1 v%2 (%3) to %4…</source>
        <translation>%1 v%2 (%3) を %4 にダウンロードしています…</translation>
    </message>
    <message>
        <location filename="../ui/registry/versiondownloadjob.cpp" line="32"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/registry/versiondownloadjob.cpp" line="34"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../ui/registry/versiondownloadjob.cpp" line="85"/>
        <source>Canceling…</source>
        <translation>キャンセルしています…</translation>
    </message>
</context>
<context>
    <name>mlops::ui::VersionTableModel</name>
    <message>
        <location filename="../ui/registry/versiontablemodel.cpp" line="154"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/registry/versiontablemodel.cpp" line="156"/>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location filename="../ui/registry/versiontablemodel.cpp" line="158"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../ui/registry/versiontablemodel.cpp" line="160"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../ui/registry/versiontablemodel.cpp" line="197"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../ui/registry/versiontablemodel.cpp" line="212"/>
        <source>Click to open run %1</source>
        <translation>クリックすると実行 %1 を開きます</translation>
    </message>
    <message>
        <location filename="../ui/registry/versiontablemodel.cpp" line="241"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../ui/registry/versiontablemodel.cpp" line="243"/>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location filename="../ui/registry/versiontablemodel.cpp" line="245"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../ui/registry/versiontablemodel.cpp" line="247"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../ui/registry/versiontablemodel.cpp" line="249"/>
        <source>Source run</source>
        <translation>元の実行</translation>
    </message>
</context>
<context>
    <name>mlops::ui::YamlEditor</name>
    <message>
        <location filename="../ui/pipelines/yamleditor.cpp" line="78"/>
        <source>Go to Line</source>
        <translation>指定行へ移動</translation>
    </message>
    <message>
        <location filename="../ui/pipelines/yamleditor.cpp" line="78"/>
        <source>Line (1–%1):</source>
        <translation>行 (1–%1):</translation>
    </message>
</context>
</TS>
