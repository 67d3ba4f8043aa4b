<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>main</name>
    <message>
        <source>MLOps Workbench: variable groups, service connections and the MLOps loop on a local workspace.</source>
        <translation>MLOps Workbench: ローカル ワークスペース上の変数グループ、サービス接続、MLOps のループ。</translation>
    </message>
    <message>
        <source>The workspace folder (default: $MLOPS_WORKSPACE or the per-user one).</source>
        <translation>ワークスペース フォルダー (既定: $MLOPS_WORKSPACE またはユーザーごとのフォルダー)。</translation>
    </message>
    <message>
        <source>Render every view to DIR/*.png and exit (a throwaway sample workspace unless --workspace is given).</source>
        <translation>すべての画面を DIR/*.png に描画して終了します (--workspace を指定しない場合は使い捨てのサンプル ワークスペースを使用します)。</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>ワークスペースを開けません</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>ワークスペース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot add the sample</source>
        <translation>サンプルを追加できません</translation>
    </message>
    <message>
        <source>Install the sample project into the workspace: its repository, Library and pipelines (idempotent).</source>
        <translation>サンプル プロジェクト (リポジトリ、ライブラリ、パイプライン) をワークスペースにインストールします (繰り返し実行しても同じ結果になります)。</translation>
    </message>
    <message>
        <source>Exit as soon as the main window has been shown and painted (for start-up benchmarks).</source>
        <translation>メイン ウィンドウが表示されて描画されたらすぐに終了します (起動時間のベンチマーク用)。</translation>
    </message>
    <message>
        <source>Cannot install the sample project: %1</source>
        <translation>サンプル プロジェクトをインストールできません: %1</translation>
    </message>
</context>
<context>
    <name>mlops::ui::AddVariableCommand</name>
    <message>
        <source>Add variable %1</source>
        <translation>変数 %1 の追加</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ConnectionWizard</name>
    <message>
        <source>New service connection</source>
        <translation>新しいサービス接続</translation>
    </message>
    <message>
        <source>Edit service connection: %1</source>
        <translation>サービス接続の編集: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>The service connection was not saved: %1</source>
        <translation>サービス接続は保存されませんでした: %1</translation>
    </message>
    <message>
        <source>The service connection was not created: %1</source>
        <translation>サービス接続は作成されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ConnectionWizardAuthPage</name>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Authentication method:</source>
        <translation>認証方法:</translation>
    </message>
    <message>
        <source>&amp;Tenant id:</source>
        <translation>テナント ID(&amp;T):</translation>
    </message>
    <message>
        <source>The application (client) id of the service principal.</source>
        <translation>サービス プリンシパルのアプリケーション (クライアント) ID。</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>クライアント ID(&amp;C):</translation>
    </message>
    <message>
        <source>https://dev.azure.com/your-organization</source>
        <translation>https://dev.azure.com/your-organization</translation>
    </message>
    <message>
        <source>&amp;Organization URL:</source>
        <translation>組織の URL(&amp;O):</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>クライアント シークレット(&amp;S):</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain. It is never shown again; you can replace it later.</source>
        <translation>シークレットはシステムのキーチェーンに保管されます。再表示されることはありませんが、後で置き換えることができます。</translation>
    </message>
    <message>
        <source>A service principal that you created in Microsoft Entra ID, with a client secret.</source>
        <translation>Microsoft Entra ID で作成した、クライアント シークレットを持つサービス プリンシパル。</translation>
    </message>
    <message>
        <source>A personal access token of the organization, with the scopes your pipelines need.</source>
        <translation>パイプラインに必要なスコープを持つ、組織の個人用アクセス トークン。</translation>
    </message>
    <message>
        <source>Personal access &amp;token:</source>
        <translation>個人用アクセス トークン(&amp;T):</translation>
    </message>
    <message>
        <source>Stored — leave empty to keep it, type to replace it</source>
        <translation>保存済み — 空のままにすると維持、入力すると置き換え</translation>
    </message>
    <message>
        <source>Not set — type one to set it</source>
        <translation>未設定 — 入力して設定してください</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ConnectionWizardNamePage</name>
    <message>
        <source>Name and description</source>
        <translation>名前と説明</translation>
    </message>
    <message>
        <source>Pipelines and variable groups refer to the connection by its name.</source>
        <translation>パイプラインと変数グループは、この接続を名前で参照します。</translation>
    </message>
    <message>
        <source>e.g. ws-svc-connection</source>
        <translation>例: ws-svc-connection</translation>
    </message>
    <message>
        <source>Service connection &amp;name:</source>
        <translation>サービス接続名(&amp;N):</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>省略可能</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Connects to:</source>
        <translation>接続先:</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ConnectionWizardScopePage</name>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>What pipelines may reach through this connection: a whole subscription, one resource group or one Machine Learning workspace.</source>
        <translation>この接続を通じてパイプラインがアクセスできる範囲: サブスクリプション全体、1 つのリソース グループ、または 1 つの Machine Learning ワークスペース。</translation>
    </message>
    <message>
        <source>Scope level:</source>
        <translation>スコープ レベル:</translation>
    </message>
    <message>
        <source>Subscription &amp;id:</source>
        <translation>サブスクリプション ID(&amp;I):</translation>
    </message>
    <message>
        <source>Subscription na&amp;me:</source>
        <translation>サブスクリプション名(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Resource group:</source>
        <translation>リソース グループ(&amp;R):</translation>
    </message>
    <message>
        <source>Machine Learning &amp;workspace:</source>
        <translation>Machine Learning ワークスペース(&amp;W):</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ConnectionWizardTypePage</name>
    <message>
        <source>Choose a connection type</source>
        <translation>接続の種類の選択</translation>
    </message>
    <message>
        <source>What will pipelines connect to with this service connection?</source>
        <translation>このサービス接続でパイプラインは何に接続しますか?</translation>
    </message>
    <message>
        <source>Deploy to Azure and use Azure Machine Learning through a service principal, at the level of a subscription, a resource group or a Machine Learning workspace.</source>
        <translation>サービス プリンシパルを使って、サブスクリプション、リソース グループ、または Machine Learning ワークスペースのレベルで Azure にデプロイし、Azure Machine Learning を使用します。</translation>
    </message>
    <message>
        <source>Reach another Azure DevOps organization (repositories, pipelines, artifacts) with a personal access token.</source>
        <translation>個人用アクセス トークンを使って、別の Azure DevOps 組織 (リポジトリ、パイプライン、成果物) にアクセスします。</translation>
    </message>
</context>
<context>
    <name>mlops::ui::DiagnosticListModel</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>mlops::ui::DiffStyle</name>
    <message>
        <source>Same on both sides</source>
        <translation>両方で同じ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>Only on the left</source>
        <translation>左側のみ</translation>
    </message>
    <message>
        <source>Only on the right</source>
        <translation>右側のみ</translation>
    </message>
</context>
<context>
    <name>mlops::ui::DocumentUndoStack</name>
    <message>
        <source>Edit text</source>
        <translation>テキストの編集</translation>
    </message>
</context>
<context>
    <name>mlops::ui::EditGroupTextCommand</name>
    <message>
        <source>Change group name</source>
        <translation>グループ名の変更</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>説明の変更</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ExpandedYamlView</name>
    <message>
        <source>No pipeline has been compiled yet.</source>
        <translation>パイプラインはまだコンパイルされていません。</translation>
    </message>
</context>
<context>
    <name>mlops::ui::Languages</name>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
</context>
<context>
    <name>mlops::ui::MainWindow</name>
    <message>
        <source>MLOps Workbench</source>
        <translation>MLOps Workbench</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>プロジェクトの設定</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>ワークスペース: %1</translation>
    </message>
    <message>
        <source>%1 – MLOps Workbench</source>
        <translation>%1 – MLOps Workbench</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About MLOps Workbench</source>
        <translation>MLOps Workbench について(&amp;A)</translation>
    </message>
    <message>
        <source>About MLOps Workbench</source>
        <translation>MLOps Workbench について</translation>
    </message>
    <message>
        <source>&lt;b&gt;MLOps Workbench&lt;/b&gt; %1&lt;br&gt;The Azure DevOps and Azure Machine Learning loop, offline on a local workspace.</source>
        <translation>&lt;b&gt;MLOps Workbench&lt;/b&gt; %1&lt;br&gt;Azure DevOps と Azure Machine Learning のループを、ローカル ワークスペース上でオフラインで。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Settings saved. A new language is used after a restart.</source>
        <translation>設定を保存しました。新しい言語は再起動後に使用されます。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The variable group %1 has unsaved changes. Save them before closing?</source>
        <translation>変数グループ %1 に未保存の変更があります。閉じる前に保存しますか?</translation>
    </message>
</context>
<context>
    <name>mlops::ui::NewPipelineDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>新しいパイプライン</translation>
    </message>
    <message>
        <source>Existing Azure Pipelines YAML file</source>
        <translation>既存の Azure Pipelines YAML ファイル</translation>
    </message>
    <message>
        <source>Select the repository folder and the YAML file in it that defines the pipeline. The file stays where it is; the pipeline refers to it.</source>
        <translation>リポジトリ フォルダーと、その中にあるパイプラインを定義する YAML ファイルを選択してください。ファイルは移動されず、パイプラインはそのファイルを参照します。</translation>
    </message>
    <message>
        <source>The folder of the repository, e.g. …/repos/mlops-sample</source>
        <translation>リポジトリのフォルダー (例: …/repos/mlops-sample)</translation>
    </message>
    <message>
        <source>Choose the repository folder</source>
        <translation>リポジトリ フォルダーを選択します</translation>
    </message>
    <message>
        <source>Path inside the repository, e.g. .pipelines/ci.yml</source>
        <translation>リポジトリ内のパス (例: .pipelines/ci.yml)</translation>
    </message>
    <message>
        <source>Choose the YAML file inside the repository</source>
        <translation>リポジトリ内の YAML ファイルを選択します</translation>
    </message>
    <message>
        <source>e.g. Model-Train-Register-CI</source>
        <translation>例: Model-Train-Register-CI</translation>
    </message>
    <message>
        <source>&amp;Repository folder:</source>
        <translation>リポジトリ フォルダー(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;YAML file:</source>
        <translation>YAML ファイル(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>リポジトリ フォルダー</translation>
    </message>
    <message>
        <source>YAML file</source>
        <translation>YAML ファイル</translation>
    </message>
    <message>
        <source>Azure Pipelines YAML (*.yml *.yaml);;All files (*)</source>
        <translation>Azure Pipelines YAML (*.yml *.yaml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <source>The pipeline was not created: %1</source>
        <translation>パイプラインは作成されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>mlops::ui::PipelineEditorWidget</name>
    <message>
        <source>Fit to view</source>
        <translation>全体を表示</translation>
    </message>
    <message>
        <source>Show the whole graph (Ctrl+wheel zooms)</source>
        <translation>グラフ全体を表示します (Ctrl+ホイールでズーム)</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Expanded YAML</source>
        <translation>展開された YAML</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>検証しています…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled: there are unsaved changes.</source>
        <translation>未保存の変更があるため、%1 を開く操作は取り消されました。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The pipeline has no file yet; choose where to save it.</source>
        <translation>このパイプラインにはまだファイルがありません。保存先を選択してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation>%1 には未保存の変更があります。</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>続行する前に保存しますか?</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message numerus="yes">
        <source>The pipeline has %n error(s); fix them to see the result.</source>
        <translation>
            <numerusform>パイプラインに %n 件のエラーがあります。結果を表示するには修正してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The compiler did not produce a plan.</source>
        <translation>コンパイラーはプランを生成しませんでした。</translation>
    </message>
    <message>
        <source>%1:%2 is in another file; open it to edit.</source>
        <translation>%1:%2 は別のファイルにあります。編集するにはそのファイルを開いてください。</translation>
    </message>
    <message>
        <source>Diagnostics (%1)</source>
        <translation>診断 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>mlops::ui::PipelineListModel</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>YAML file</source>
        <translation>YAML ファイル</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>リポジトリ フォルダー</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>mlops::ui::PipelinesPage</name>
    <message>
        <source>&amp;New pipeline</source>
        <translation>新しいパイプライン(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>名前の変更(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Create a pipeline from an existing Azure Pipelines YAML file (Ctrl+N)</source>
        <translation>既存の Azure Pipelines YAML ファイルからパイプラインを作成します (Ctrl+N)</translation>
    </message>
    <message>
        <source>Rename the selected pipeline</source>
        <translation>選択したパイプラインの名前を変更します</translation>
    </message>
    <message>
        <source>Delete the selected pipeline; its YAML file is kept (Delete)</source>
        <translation>選択したパイプラインを削除します。YAML ファイルは残ります (Delete)</translation>
    </message>
    <message>
        <source>Save the YAML file (Ctrl+S)</source>
        <translation>YAML ファイルを保存します (Ctrl+S)</translation>
    </message>
    <message>
        <source>Filter by name, YAML file or folder (Ctrl+F)</source>
        <translation>名前、YAML ファイル、フォルダーでフィルター (Ctrl+F)</translation>
    </message>
    <message>
        <source>No pipelines yet.</source>
        <translation>パイプラインはまだありません。</translation>
    </message>
    <message>
        <source>A pipeline runs the stages, jobs and steps of an Azure Pipelines YAML file in a repository folder. Press Ctrl+N to create one from an existing YAML file, or run “mlops init --sample” to add the sample project and its three pipelines.</source>
        <translation>パイプラインは、リポジトリ フォルダーにある Azure Pipelines YAML ファイルのステージ、ジョブ、ステップを実行します。Ctrl+N を押して既存の YAML ファイルから作成するか、「mlops init --sample」を実行してサンプル プロジェクトと 3 つのパイプラインを追加してください。</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>新しいパイプライン</translation>
    </message>
    <message>
        <source>No pipeline matches the filter.</source>
        <translation>フィルターに一致するパイプラインはありません。</translation>
    </message>
    <message>
        <source>The filter looks at names, YAML files and folders. Press Esc in the filter to clear it.</source>
        <translation>フィルターは名前、YAML ファイル、フォルダーを対象にします。フィルターで Esc を押すとクリアされます。</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>No pipeline open.</source>
        <translation>パイプラインが開かれていません。</translation>
    </message>
    <message>
        <source>Select a pipeline in the list to edit its YAML, see its problems and the graph of its stages and jobs.</source>
        <translation>一覧でパイプラインを選択すると、YAML の編集、問題の確認、ステージとジョブのグラフ表示ができます。</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>The pipeline %1 was not saved: %2</source>
        <translation>パイプライン %1 は保存されませんでした: %2</translation>
    </message>
    <message>
        <source>The pipelines could not be read: %1</source>
        <translation>パイプラインを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The pipeline %1 cannot be opened.</source>
        <translation>パイプライン %1 を開けません。</translation>
    </message>
    <message>
        <source>Created pipeline %1</source>
        <translation>パイプライン %1 を作成しました</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>パイプラインの名前の変更</translation>
    </message>
    <message>
        <source>New name of the pipeline “%1”:</source>
        <translation>パイプライン「%1」の新しい名前:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <source>The pipeline %1 was not renamed: %2</source>
        <translation>パイプライン %1 の名前は変更されませんでした: %2</translation>
    </message>
    <message>
        <source>Renamed pipeline %1 to %2</source>
        <translation>パイプライン %1 の名前を %2 に変更しました</translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation>パイプラインの削除</translation>
    </message>
    <message>
        <source>Delete the pipeline “%1”?</source>
        <translation>パイプライン「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>Only the pipeline is deleted: its YAML file %1 stays in the repository.</source>
        <translation>削除されるのはパイプラインだけです。YAML ファイル %1 はリポジトリに残ります。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleted pipeline %1</source>
        <translation>パイプライン %1 を削除しました</translation>
    </message>
    <message>
        <source>The pipeline %1 was not deleted: %2</source>
        <translation>パイプライン %1 は削除されませんでした: %2</translation>
    </message>
</context>
<context>
    <name>mlops::ui::PlanGraphView</name>
    <message>
        <source>No pipeline has been compiled yet.</source>
        <translation>パイプラインはまだコンパイルされていません。</translation>
    </message>
    <message>
        <source>The pipeline has no jobs to run, so there is nothing to draw.</source>
        <translation>パイプラインに実行するジョブがないため、描画するものはありません。</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>ステージ %1</translation>
    </message>
    <message>
        <source>if %1</source>
        <translation>条件 %1</translation>
    </message>
    <message>
        <source>Stage %1, runs if %2</source>
        <translation>ステージ %1 (%2 の場合に実行)</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>deploy to %1</source>
        <translation>%1 へのデプロイ</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%n step(s))</source>
        <translation>
            <numerusform>ジョブ %1 (%n ステップ)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::ui::RemoveVariableCommand</name>
    <message>
        <source>Delete variable %1</source>
        <translation>変数 %1 の削除</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ServiceConnectionDetails</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>認証:</translation>
    </message>
    <message>
        <source>Scope level:</source>
        <translation>スコープ レベル:</translation>
    </message>
    <message>
        <source>Subscription id:</source>
        <translation>サブスクリプション ID:</translation>
    </message>
    <message>
        <source>Subscription name:</source>
        <translation>サブスクリプション名:</translation>
    </message>
    <message>
        <source>Resource group:</source>
        <translation>リソース グループ:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>ワークスペース:</translation>
    </message>
    <message>
        <source>Tenant id:</source>
        <translation>テナント ID:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>クライアント ID:</translation>
    </message>
    <message>
        <source>Organization URL:</source>
        <translation>組織の URL:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>シークレット:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>更新:</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用元</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>クライアント シークレット:</translation>
    </message>
    <message>
        <source>Personal access token:</source>
        <translation>個人用アクセス トークン:</translation>
    </message>
    <message>
        <source>set</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <source>not set — edit the connection to set it</source>
        <translation>未設定 — 接続を編集して設定してください</translation>
    </message>
    <message>
        <source>Could not find out what uses this connection: %1</source>
        <translation>この接続の使用元を確認できませんでした: %1</translation>
    </message>
    <message>
        <source>Nothing uses this connection yet. A variable group uses it when one of its variables has the connection&apos;s name as its value; a pipeline, when a task input or a variable of its YAML has it.</source>
        <translation>この接続はまだ使用されていません。変数グループはいずれかの変数の値がこの接続名であるとき、パイプラインは YAML のタスク入力または変数の値がこの接続名であるときに、この接続を使用します。</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ServiceConnectionListModel</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ServiceConnectionText</name>
    <message>
        <source>Azure Resource Manager</source>
        <translation>Azure Resource Manager</translation>
    </message>
    <message>
        <source>Azure DevOps</source>
        <translation>Azure DevOps</translation>
    </message>
    <message>
        <source>Service principal (manual)</source>
        <translation>サービス プリンシパル (手動)</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>個人用アクセス トークン</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>リソース グループ</translation>
    </message>
    <message>
        <source>Machine Learning workspace</source>
        <translation>Machine Learning ワークスペース</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>mlops::ui::ServiceConnectionsPage</name>
    <message>
        <source>&amp;New service connection</source>
        <translation>新しいサービス接続(&amp;N)</translation>
    </message>
    <message>
        <source>Create a service connection (Ctrl+N)</source>
        <translation>サービス接続を作成します (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Change the selected service connection or replace its secret</source>
        <translation>選択したサービス接続を変更するか、シークレットを置き換えます</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected service connection (Delete)</source>
        <translation>選択したサービス接続を削除します (Delete)</translation>
    </message>
    <message>
        <source>Filter by name, type or target (Ctrl+F)</source>
        <translation>名前、種類、対象でフィルター (Ctrl+F)</translation>
    </message>
    <message>
        <source>Select a service connection to see its details and what uses it.</source>
        <translation>サービス接続を選択すると、詳細と使用元が表示されます。</translation>
    </message>
    <message>
        <source>Subscription name:</source>
        <translation>サブスクリプション名:</translation>
    </message>
    <message>
        <source>Service connections</source>
        <translation>サービス接続</translation>
    </message>
    <message>
        <source>The service connections could not be read</source>
        <translation>サービス接続を読み取れませんでした</translation>
    </message>
    <message>
        <source>No service connections. Press Ctrl+N to create one.</source>
        <translation>サービス接続はありません。Ctrl+N を押して作成してください。</translation>
    </message>
    <message>
        <source>A service connection lets pipelines reach Azure Resource Manager (a subscription, a resource group or a Machine Learning workspace) or another Azure DevOps organization.</source>
        <translation>サービス接続を使うと、パイプラインから Azure Resource Manager (サブスクリプション、リソース グループ、Machine Learning ワークスペース) や別の Azure DevOps 組織にアクセスできます。</translation>
    </message>
    <message>
        <source>New service connection</source>
        <translation>新しいサービス接続</translation>
    </message>
    <message>
        <source>No service connection matches “%1”.</source>
        <translation>「%1」に一致するサービス接続はありません。</translation>
    </message>
    <message>
        <source>The filter looks at names, descriptions, types, scopes and targets.</source>
        <translation>フィルターは名前、説明、種類、スコープ、対象を検索します。</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Variable group %1</source>
        <translation>変数グループ %1</translation>
    </message>
    <message>
        <source>Variable group %1 — variable %2</source>
        <translation>変数グループ %1 — 変数 %2</translation>
    </message>
    <message>
        <source>Modified %1 by %2</source>
        <translation>%1 に %2 が更新</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>Cannot edit the service connection: %1</source>
        <translation>サービス接続を編集できません: %1</translation>
    </message>
    <message>
        <source>Created service connection %1</source>
        <translation>サービス接続 %1 を作成しました</translation>
    </message>
    <message>
        <source>Saved service connection %1</source>
        <translation>サービス接続 %1 を保存しました</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Used by: %1. These will no longer find it.</source>
        <translation>使用元: %1。これらからは見つからなくなります。</translation>
    </message>
    <message>
        <source>What uses it could not be checked: %1</source>
        <translation>使用元を確認できませんでした: %1</translation>
    </message>
    <message>
        <source>Delete service connection</source>
        <translation>サービス接続の削除</translation>
    </message>
    <message>
        <source>Delete the service connection “%1”?</source>
        <translation>サービス接続「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>Its secret is removed from the keychain. This cannot be undone.</source>
        <translation>シークレットはキーチェーンから削除されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleting service connection %1…</source>
        <translation>サービス接続 %1 を削除しています…</translation>
    </message>
    <message>
        <source>Deleted service connection %1</source>
        <translation>サービス接続 %1 を削除しました</translation>
    </message>
    <message>
        <source>The service connection %1 was not deleted: %2</source>
        <translation>サービス接続 %1 は削除されませんでした: %2</translation>
    </message>
    <message>
        <source>Pipeline %1</source>
        <translation>パイプライン %1</translation>
    </message>
    <message>
        <source>Pipeline %1 — %2</source>
        <translation>パイプライン %1 — %2</translation>
    </message>
</context>
<context>
    <name>mlops::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System default follows the language of your desktop session.</source>
        <translation>「システムの既定」はデスクトップ セッションの言語に従います。</translation>
    </message>
    <message>
        <source>The new language is used after you restart MLOps Workbench.</source>
        <translation>新しい言語は MLOps Workbench の再起動後に使用されます。</translation>
    </message>
</context>
<context>
    <name>mlops::ui::VariableGroupCompareDialog</name>
    <message>
        <source>Compare variable groups</source>
        <translation>変数グループの比較</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>左(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>右(&amp;R)</translation>
    </message>
    <message>
        <source>Legend: %1 changed · %2 only on the left · %3 only on the right</source>
        <translation>凡例: %1 変更あり · %2 左側のみ · %3 右側のみ</translation>
    </message>
    <message>
        <source>Could not list the variable groups: %1</source>
        <translation>変数グループの一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>Comparing needs at least two variable groups. Create or clone one first.</source>
        <translation>比較するには変数グループが 2 つ以上必要です。先に作成または複製してください。</translation>
    </message>
    <message>
        <source>Could not read a group: %1</source>
        <translation>グループを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>%1 and %2 have the same variables.</source>
        <translation>%1 と %2 の変数は同じです。</translation>
    </message>
    <message>
        <source>Differences between %1 and %2: %3.</source>
        <translation>%1 と %2 の相違点: %3 件。</translation>
    </message>
    <message>
        <source>The descriptions differ.</source>
        <translation>説明が異なります。</translation>
    </message>
</context>
<context>
    <name>mlops::ui::VariableGroupDiffModel</name>
    <message>
        <source>Variable</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
</context>
<context>
    <name>mlops::ui::VariableGroupEditor</name>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <source>Lock / unlock</source>
        <translation>ロック / ロック解除</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>e.g. devopsforai-aml-vg</source>
        <translation>例: devopsforai-aml-vg</translation>
    </message>
    <message>
        <source>What these variables are for (optional)</source>
        <translation>これらの変数の用途 (省略可能)</translation>
    </message>
    <message>
        <source>Add a variable</source>
        <translation>変数を追加します</translation>
    </message>
    <message>
        <source>Delete the selected variables</source>
        <translation>選択した変数を削除します</translation>
    </message>
    <message>
        <source>Make the selected variable secret, or plain again</source>
        <translation>選択した変数をシークレットにするか、通常の変数に戻します</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Variable group &amp;name</source>
        <translation>変数グループ名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>説明(&amp;D)</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>Secret values are stored in the OS keychain and cannot be read back; type a new value to replace one.</source>
        <translation>シークレットの値は OS のキーチェーンに保存され、読み出すことはできません。置き換えるには新しい値を入力してください。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Created variable group %1</source>
        <translation>変数グループ %1 を作成しました</translation>
    </message>
    <message>
        <source>Saved variable group %1</source>
        <translation>変数グループ %1 を保存しました</translation>
    </message>
    <message>
        <source>Someone else saved this variable group after you opened it (for example with the mlops command line). Your changes are still here: copy what you need, then press Reload to load the saved version.</source>
        <translation>この変数グループを開いた後に、別のユーザーまたはプロセス (mlops コマンド ラインなど) が保存しました。変更内容はまだ残っています。必要な内容をコピーしてから [再読み込み] を押して、保存済みのバージョンを読み込んでください。</translation>
    </message>
    <message>
        <source>The OS keychain is not available, so secret values cannot be stored. Start a Secret Service (for example gnome-keyring) and save again. Nothing you typed was lost.</source>
        <translation>OS のキーチェーンを利用できないため、シークレットの値を保存できません。Secret Service (gnome-keyring など) を起動してから、もう一度保存してください。入力した内容は失われていません。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>別の名前を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n variable(s)</source>
        <translation>
            <numerusform>%n 個の変数の削除</numerusform>
        </translation>
    </message>
    <message>
        <source>New variable group</source>
        <translation>新しい変数グループ</translation>
    </message>
    <message>
        <source>Not saved yet. Review it and press Ctrl+S to create it.</source>
        <translation>まだ保存されていません。内容を確認し、Ctrl+S を押して作成してください。</translation>
    </message>
    <message>
        <source>Not saved yet. Give it a name, add variables and press Ctrl+S.</source>
        <translation>まだ保存されていません。名前を付けて変数を追加し、Ctrl+S を押してください。</translation>
    </message>
    <message>
        <source>Version %1 · modified %2 by %3</source>
        <translation>バージョン %1 · %2 に %3 が変更</translation>
    </message>
    <message>
        <source>Save or undo your changes first.</source>
        <translation>先に変更を保存するか、元に戻してください。</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用元</translation>
    </message>
    <message>
        <source>Looking for pipelines that use this group…</source>
        <translation>このグループを使用しているパイプラインを探しています…</translation>
    </message>
    <message>
        <source>Could not find out which pipelines use this group: %1</source>
        <translation>このグループを使用しているパイプラインを確認できませんでした: %1</translation>
    </message>
    <message>
        <source>No pipeline uses this group yet. A pipeline uses it with “- group: %1” in its variables.</source>
        <translation>このグループを使用しているパイプラインはまだありません。パイプラインは variables に「- group: %1」と書くとこのグループを使用します。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline(s): %1</source>
        <translation>
            <numerusform>%n 個のパイプライン: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::ui::VariableGroupHistoryModel</name>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Variable set</source>
        <translation>変数の設定</translation>
    </message>
    <message>
        <source>Variable removed</source>
        <translation>変数の削除</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>変更者</translation>
    </message>
</context>
<context>
    <name>mlops::ui::VariableGroupHistoryView</name>
    <message>
        <source>&amp;Restore this version</source>
        <translation>このバージョンを復元(&amp;R)</translation>
    </message>
    <message>
        <source>Select one version to see what it changed, or two (Ctrl+click) to compare them.</source>
        <translation>バージョンを 1 つ選択すると変更内容を、2 つ選択 (Ctrl+クリック) すると相違点を表示します。</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>履歴を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The history starts when the group is saved.</source>
        <translation>履歴はグループを保存したときから記録されます。</translation>
    </message>
    <message>
        <source>Select one or two versions.</source>
        <translation>バージョンを 1 つまたは 2 つ選択してください。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>%1 and %2 have the same variables.</source>
        <translation>%1 と %2 の変数は同じです。</translation>
    </message>
    <message>
        <source>Differences between %1 and %2: %3.</source>
        <translation>%1 と %2 の相違点: %3 件。</translation>
    </message>
    <message>
        <source>The descriptions differ.</source>
        <translation>説明が異なります。</translation>
    </message>
    <message>
        <source>Make the group look like version %1 again (saved as a new version).</source>
        <translation>グループをバージョン %1 の状態に戻します (新しいバージョンとして保存されます)。</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>これは現在のバージョンです。</translation>
    </message>
    <message>
        <source>Could not restore version %1: %2</source>
        <translation>バージョン %1 を復元できませんでした: %2</translation>
    </message>
    <message>
        <source>Restored version %1 of %2</source>
        <translation>%2 のバージョン %1 を復元しました</translation>
    </message>
</context>
<context>
    <name>mlops::ui::VariableGroupListModel</name>
    <message>
        <source>%1 (%2 secret)</source>
        <translation>%1 (シークレット %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>Date modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>更新者</translation>
    </message>
</context>
<context>
    <name>mlops::ui::VariableGroupsPage</name>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;lone</source>
        <translation>複製(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比較(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>New variable group (Ctrl+N)</source>
        <translation>新しい変数グループ (Ctrl+N)</translation>
    </message>
    <message>
        <source>Copy the selected group, secrets included, under a new name</source>
        <translation>選択したグループを、シークレットも含めて新しい名前でコピーします</translation>
    </message>
    <message>
        <source>Delete the selected group (Delete)</source>
        <translation>選択したグループを削除します (Delete)</translation>
    </message>
    <message>
        <source>Compare two variable groups side by side</source>
        <translation>2 つの変数グループを並べて比較します</translation>
    </message>
    <message>
        <source>Import a group from Azure DevOps JSON</source>
        <translation>Azure DevOps の JSON からグループをインポートします</translation>
    </message>
    <message>
        <source>Export the selected group as Azure DevOps JSON (secret values are left out)</source>
        <translation>選択したグループを Azure DevOps の JSON としてエクスポートします (シークレットの値は含まれません)</translation>
    </message>
    <message>
        <source>Filter by name or description (Ctrl+F)</source>
        <translation>名前または説明でフィルター (Ctrl+F)</translation>
    </message>
    <message>
        <source>No variable groups yet.</source>
        <translation>変数グループはまだありません。</translation>
    </message>
    <message>
        <source>Variable groups hold values and secrets that pipelines use. Press Ctrl+N to create one, or import one from Azure DevOps JSON.</source>
        <translation>変数グループには、パイプラインで使用する値とシークレットを格納します。Ctrl+N を押して作成するか、Azure DevOps の JSON からインポートしてください。</translation>
    </message>
    <message>
        <source>New variable group</source>
        <translation>新しい変数グループ</translation>
    </message>
    <message>
        <source>No variable group matches the filter.</source>
        <translation>フィルターに一致する変数グループはありません。</translation>
    </message>
    <message>
        <source>Change the filter or press Esc in the search box to clear it.</source>
        <translation>フィルターを変更するか、検索ボックスで Esc キーを押してクリアしてください。</translation>
    </message>
    <message>
        <source>No variable group selected.</source>
        <translation>変数グループが選択されていません。</translation>
    </message>
    <message>
        <source>Select a variable group in the list to see and edit its variables, or press Ctrl+N to create one.</source>
        <translation>一覧で変数グループを選択すると変数を表示・編集できます。Ctrl+N を押すと新しく作成できます。</translation>
    </message>
    <message>
        <source>Library › Variable groups</source>
        <translation>ライブラリ › 変数グループ</translation>
    </message>
    <message>
        <source>Variable groups</source>
        <translation>変数グループ</translation>
    </message>
    <message>
        <source>Could not list the variable groups: %1</source>
        <translation>変数グループの一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>the new variable group</source>
        <translation>新しい変数グループ</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save your changes to %1 first?</source>
        <translation>先に %1 への変更を保存しますか?</translation>
    </message>
    <message>
        <source>Clone variable group</source>
        <translation>変数グループの複製</translation>
    </message>
    <message>
        <source>Name of the copy of %1:</source>
        <translation>%1 のコピーの名前:</translation>
    </message>
    <message>
        <source>%1-copy</source>
        <translation>%1-copy</translation>
    </message>
    <message>
        <source>Could not clone %1</source>
        <translation>%1 を複製できませんでした</translation>
    </message>
    <message>
        <source>Cloned %1 as %2</source>
        <translation>%1 を %2 として複製しました</translation>
    </message>
    <message>
        <source>Delete variable group</source>
        <translation>変数グループの削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the variable group %1 and its %n variable(s)? Secret values are removed from the keychain. Pipelines that use the group will fail.</source>
        <translation>
            <numerusform>変数グループ %1 とその %n 個の変数を削除しますか? シークレットの値はキーチェーンから削除されます。このグループを使用するパイプラインは失敗するようになります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>%1 を削除できませんでした</translation>
    </message>
    <message>
        <source>Deleted variable group %1</source>
        <translation>変数グループ %1 を削除しました</translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation>%1 をインポートできませんでした</translation>
    </message>
    <message>
        <source>Imported %1 from %2: review it and press Ctrl+S to create it</source>
        <translation>%2 から %1 をインポートしました。内容を確認し、Ctrl+S を押して作成してください</translation>
    </message>
    <message>
        <source>Could not export the group</source>
        <translation>グループをエクスポートできませんでした</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 に書き込めませんでした</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (secret values left out)</source>
        <translation>%1 を %2 にエクスポートしました (シークレットの値は含まれません)</translation>
    </message>
    <message>
        <source>Import variable group</source>
        <translation>変数グループのインポート</translation>
    </message>
    <message>
        <source>Azure DevOps JSON (*.json);;All files (*)</source>
        <translation>Azure DevOps JSON (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export variable group</source>
        <translation>変数グループのエクスポート</translation>
    </message>
    <message>
        <source>Azure DevOps JSON (*.json)</source>
        <translation>Azure DevOps JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>mlops::ui::VariableTableModel</name>
    <message>
        <source>New secret value, stored in the keychain when you save.</source>
        <translation>新しいシークレットの値です。保存するとキーチェーンに格納されます。</translation>
    </message>
    <message>
        <source>Secret value stored in the keychain. Type to replace it.</source>
        <translation>シークレットの値はキーチェーンに格納されています。置き換えるには入力してください。</translation>
    </message>
    <message>
        <source>No value stored for this secret. Type to set one.</source>
        <translation>このシークレットには値が格納されていません。設定するには入力してください。</translation>
    </message>
    <message>
        <source>Secret: the value is stored in the keychain and never shown. Click to make it plain.</source>
        <translation>シークレット: 値はキーチェーンに格納され、表示されることはありません。クリックすると通常の変数になります。</translation>
    </message>
    <message>
        <source>Plain value. Click to make it secret.</source>
        <translation>通常の値です。クリックするとシークレットになります。</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>通常</translation>
    </message>
    <message>
        <source>Rename variable %1 to %2</source>
        <translation>変数 %1 の名前を %2 に変更</translation>
    </message>
    <message>
        <source>Replace secret %1</source>
        <translation>シークレット %1 の置き換え</translation>
    </message>
    <message>
        <source>Change value of %1</source>
        <translation>%1 の値の変更</translation>
    </message>
    <message>
        <source>Make %1 secret</source>
        <translation>%1 をシークレットに変更</translation>
    </message>
    <message>
        <source>Make %1 plain</source>
        <translation>%1 を通常の変数に変更</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>mlops::ui::YamlEditor</name>
    <message>
        <source>Go to Line</source>
        <translation>指定行へ移動</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>行 (1–%1):</translation>
    </message>
</context>
</TS>
