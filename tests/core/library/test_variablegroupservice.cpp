#include "core/library/variablegroupdiff.h"
#include "core/library/variablegroupjson.h"
#include "core/library/variablegroupservice.h"
#include "core/store/auditlog.h"
#include "core/store/workspace.h"
#include "memorysecretstore.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;
using namespace mlops::library;
using mlops::library::test::MemorySecretStore;

namespace {

Variable plain(const QString &name, const QString &value)
{
    Variable v;
    v.name = name;
    v.value = value;
    return v;
}

Variable secret(const QString &name, const QString &value)
{
    Variable v;
    v.name = name;
    v.value = value;
    v.isSecret = true;
    v.replaceSecret = true;
    return v;
}

VariableGroup group(const QString &name, const QList<Variable> &variables, const QString &description = {})
{
    VariableGroup g;
    g.name = name;
    g.description = description;
    g.variables = variables;
    return g;
}

const Variable *find(const VariableGroup &g, const QString &name)
{
    for (const Variable &v : g.variables) {
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            return &v;
    }
    return nullptr;
}

}  // namespace

class TestVariableGroupService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void createAndRead();
    void secretsStayOutOfTheDatabase();
    void listAndSearch_data();
    void listAndSearch();
    void duplicateGroupNames_data();
    void duplicateGroupNames();
    void invalidInput_data();
    void invalidInput();
    void unicodeAndLargeValues();
    void updateKeepsAndReplacesSecrets();
    void staleRevisionConflicts();
    void twoProcessesNoLostWrites();
    void setAndUnsetVariable();
    void cloneCopiesSecrets();
    void removeDeletesKeychainEntries();
    void historyDiffAndRestore();
    void restoreDeletedGroup();
    void auditEntriesAreRedacted();
    void keychainUnavailableSavesNothing();
    void failedSaveLeavesNoKeychainEntry();
    void importReplacesByName();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<store::Workspace> m_workspace;
    std::shared_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<VariableGroupService> m_service;
};

void TestVariableGroupService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::shared_ptr<store::Workspace>> ws = store::Workspace::open(m_dir->path());
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
    m_workspace = *ws;
    m_secrets = std::make_shared<MemorySecretStore>();
    m_service = std::make_unique<VariableGroupService>(m_workspace, m_secrets);
}

void TestVariableGroupService::cleanup()
{
    m_service.reset();
    m_secrets.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestVariableGroupService::createAndRead()
{
    Result<VariableGroup> created = m_service->create(group(
        QStringLiteral("devopsforai-aml-vg"),
        {plain(QStringLiteral("LOCATION"), QStringLiteral("japaneast")), secret(QStringLiteral("PAT"), QStringLiteral("s3cr3t"))},
        QStringLiteral("sample")));
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    QVERIFY(created->id > 0);
    QCOMPARE(created->revision, 1);
    QCOMPARE(created->createdBy, store::AuditLog::osUser());
    QVERIFY(created->createdAt.isValid());

    Result<VariableGroup> read = m_service->get(created->id);
    QVERIFY(read.ok());
    QCOMPARE(read->name, QStringLiteral("devopsforai-aml-vg"));
    QCOMPARE(read->description, QStringLiteral("sample"));
    QCOMPARE(read->variables.size(), 2);
    QCOMPARE(read->variables.at(0).name, QStringLiteral("LOCATION"));
    QCOMPARE(read->variables.at(0).value, QStringLiteral("japaneast"));
    QVERIFY(read->variables.at(1).isSecret);
    QVERIFY(read->variables.at(1).secretIsSet);
    QCOMPARE(read->variables.at(1).value, QString());  // write-only

    Result<VariableGroup> byName = m_service->findByName(QStringLiteral("DEVOPSFORAI-AML-VG"));
    QVERIFY(byName.ok());
    QCOMPARE(byName->id, created->id);
    QCOMPARE(m_service->findByName(QStringLiteral("nope")).error().code, ErrorCode::NotFound);
    QCOMPARE(m_service->get(999).error().code, ErrorCode::NotFound);

    Result<QString> value = m_service->secretValue(created->id, QStringLiteral("pat"));
    QVERIFY(value.ok());
    QCOMPARE(*value, QStringLiteral("s3cr3t"));
    QCOMPARE(m_service->secretValue(created->id, QStringLiteral("NONE")).error().code, ErrorCode::NotFound);

    // The keychain entry is named <workspace id>/<uuid>.
    QCOMPARE(m_secrets->entries.size(), 1);
    QVERIFY(m_secrets->entries.constBegin().key().startsWith(m_workspace->id() + QLatin1Char('/')));
}

void TestVariableGroupService::secretsStayOutOfTheDatabase()
{
    const QString value = QStringLiteral("very-secret-value-7731");
    { auto r = m_service->create(group(QStringLiteral("g"), {secret(QStringLiteral("TOKEN"), value)})); QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message)); }
    QSqlDatabase db = m_workspace->database().connection();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT value, secret_ref, is_secret FROM variables")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).isNull());
    QCOMPARE(q.value(2).toInt(), 1);
    QVERIFY(m_secrets->entries.contains(q.value(1).toString()));
    QCOMPARE(m_secrets->entries.value(q.value(1).toString()), value);
}

void TestVariableGroupService::listAndSearch_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << QString() << QStringList{QStringLiteral("alpha"), QStringLiteral("Beta"), QStringLiteral("本番")};
    QTest::newRow("by name, case") << QStringLiteral("ALP") << QStringList{QStringLiteral("alpha")};
    QTest::newRow("by description") << QStringLiteral("staging") << QStringList{QStringLiteral("Beta")};
    QTest::newRow("by variable name") << QStringLiteral("workspace_n") << QStringList{QStringLiteral("alpha"), QStringLiteral("本番")};
    QTest::newRow("japanese") << QStringLiteral("本") << QStringList{QStringLiteral("本番")};
    QTest::newRow("not a value") << QStringLiteral("japaneast") << QStringList{};
}

void TestVariableGroupService::listAndSearch()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    QVERIFY(m_service->create(group(QStringLiteral("本番"), {plain(QStringLiteral("WORKSPACE_NAME"), QStringLiteral("w"))})).ok());
    QVERIFY(m_service->create(group(QStringLiteral("Beta"), {secret(QStringLiteral("KEY"), QStringLiteral("k"))},
                                    QStringLiteral("Staging values"))).ok());
    QVERIFY(m_service->create(group(QStringLiteral("alpha"), {plain(QStringLiteral("WORKSPACE_NAME"), QStringLiteral("w")),
                                                             plain(QStringLiteral("LOCATION"), QStringLiteral("japaneast"))})).ok());
    Result<QList<VariableGroupSummary>> list = m_service->list(filter);
    QVERIFY(list.ok());
    QStringList names;
    for (const VariableGroupSummary &s : *list)
        names.append(s.name);
    QCOMPARE(names, expected);
    if (filter.isEmpty()) {
        QCOMPARE(list->at(0).variableCount, 2);
        QCOMPARE(list->at(0).secretCount, 0);
        QCOMPARE(list->at(1).variableCount, 1);
        QCOMPARE(list->at(1).secretCount, 1);
    }
}

void TestVariableGroupService::duplicateGroupNames_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("same") << QStringLiteral("group") << QStringLiteral("group");
    QTest::newRow("ascii case") << QStringLiteral("Group") << QStringLiteral("gROUP");
    QTest::newRow("unicode case") << QStringLiteral("Ärger") << QStringLiteral("ärger");
    QTest::newRow("japanese") << QStringLiteral("設定") << QStringLiteral("設定");
}

void TestVariableGroupService::duplicateGroupNames()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QVERIFY(m_service->create(group(first, {})).ok());
    Result<VariableGroup> again = m_service->create(group(second, {secret(QStringLiteral("S"), QStringLiteral("v"))}));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    QVERIFY2(again.error().message.contains(second), qPrintable(again.error().message));
    QVERIFY(m_secrets->entries.isEmpty());  // the secret written first was removed again

    // Renaming another group onto it is refused too.
    Result<VariableGroup> other = m_service->create(group(QStringLiteral("other"), {}));
    QVERIFY(other.ok());
    VariableGroup renamed = *other;
    renamed.name = second;
    QCOMPARE(m_service->update(renamed).error().code, ErrorCode::AlreadyExists);
}

void TestVariableGroupService::invalidInput_data()
{
    QTest::addColumn<QString>("groupName");
    QTest::addColumn<QStringList>("variableNames");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty group name") << QString() << QStringList{} << QStringLiteral("group name is empty");
    QTest::newRow("blank group name") << QStringLiteral("  ") << QStringList{} << QStringLiteral("group name is empty");
    QTest::newRow("long group name") << QString(257, QLatin1Char('g')) << QStringList{} << QStringLiteral("at most 256");
    QTest::newRow("space in variable") << QStringLiteral("g") << QStringList{QStringLiteral("A B")} << QStringLiteral("Variable 1: ");
    QTest::newRow("reserved prefix") << QStringLiteral("g") << QStringList{QStringLiteral("OK"), QStringLiteral("secret_x")}
                                     << QStringLiteral("Variable 2: ");
    QTest::newRow("duplicate") << QStringLiteral("g") << QStringList{QStringLiteral("Name"), QStringLiteral("x"), QStringLiteral("NAME")}
                               << QStringLiteral("used twice (variables 1 and 3");
    QTest::newRow("duplicate unicode case") << QStringLiteral("g") << QStringList{QStringLiteral("Éclair"), QStringLiteral("éCLAIR")}
                                            << QStringLiteral("used twice");
}

void TestVariableGroupService::invalidInput()
{
    QFETCH(QString, groupName);
    QFETCH(QStringList, variableNames);
    QFETCH(QString, reason);
    VariableGroup g;
    g.name = groupName;
    for (const QString &n : variableNames)
        g.variables.append(secret(n, QStringLiteral("v")));
    Result<VariableGroup> r = m_service->create(g);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
    QVERIFY(m_secrets->entries.isEmpty());
    QCOMPARE(m_service->list()->size(), 0);
}

void TestVariableGroupService::unicodeAndLargeValues()
{
    const QString big(1024 * 1024, QLatin1Char('x'));
    QString bigSecret = QStringLiteral("秘密");
    bigSecret += QString(1024 * 1024, QLatin1Char('s'));
    Result<VariableGroup> created = m_service->create(
        group(QStringLiteral("機械学習グループ 🚀"),
              {plain(QStringLiteral("モデル名"), QStringLiteral("糖尿病モデル 🧪")), plain(QStringLiteral("BIG"), big),
               secret(QStringLiteral("秘密キー"), bigSecret), plain(QStringLiteral("Größe"), QStringLiteral("groß"))},
              QStringLiteral("説明文")));
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    Result<VariableGroup> read = m_service->findByName(QStringLiteral("機械学習グループ 🚀"));
    QVERIFY(read.ok());
    QCOMPARE(read->description, QStringLiteral("説明文"));
    QCOMPARE(find(*read, QStringLiteral("モデル名"))->value, QStringLiteral("糖尿病モデル 🧪"));
    QCOMPARE(find(*read, QStringLiteral("BIG"))->value.size(), big.size());
    QCOMPARE(find(*read, QStringLiteral("BIG"))->value, big);
    QCOMPARE(find(*read, QStringLiteral("größe"))->value, QStringLiteral("groß"));
    Result<QString> s = m_service->secretValue(read->id, QStringLiteral("秘密キー"));
    QVERIFY(s.ok());
    QCOMPARE(*s, bigSecret);
    QCOMPARE(m_service->list(QStringLiteral("モデル"))->size(), 1);
}

void TestVariableGroupService::updateKeepsAndReplacesSecrets()
{
    Result<VariableGroup> created = m_service->create(group(
        QStringLiteral("g"), {secret(QStringLiteral("KEEP"), QStringLiteral("k1")), secret(QStringLiteral("REPLACE"), QStringLiteral("r1")),
                              secret(QStringLiteral("TO_PLAIN"), QStringLiteral("p1")), plain(QStringLiteral("A"), QStringLiteral("1"))}));
    QVERIFY(created.ok());
    QCOMPARE(m_secrets->entries.size(), 3);

    VariableGroup edit = *created;  // as read: secrets have no value, replaceSecret false
    edit.description = QStringLiteral("edited");
    for (Variable &v : edit.variables) {
        if (v.name == QLatin1String("REPLACE")) {
            v.value = QStringLiteral("r2");
            v.replaceSecret = true;
        } else if (v.name == QLatin1String("TO_PLAIN")) {
            v.isSecret = false;
            v.value = QStringLiteral("now plain");
        } else if (v.name == QLatin1String("KEEP")) {
            v.name = QStringLiteral("KEPT_RENAMED");  // same id: the secret follows it
        }
    }
    edit.variables.append(plain(QStringLiteral("B"), QStringLiteral("2")));
    Result<VariableGroup> updated = m_service->update(edit);
    QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().message));
    QCOMPARE(updated->revision, 2);
    QCOMPARE(updated->description, QStringLiteral("edited"));
    QCOMPARE(updated->variables.size(), 5);
    QCOMPARE(*m_service->secretValue(updated->id, QStringLiteral("KEPT_RENAMED")), QStringLiteral("k1"));
    QCOMPARE(*m_service->secretValue(updated->id, QStringLiteral("REPLACE")), QStringLiteral("r2"));
    QCOMPARE(find(*updated, QStringLiteral("TO_PLAIN"))->value, QStringLiteral("now plain"));
    // Replaced and no longer secret entries are gone from the keychain.
    QCOMPARE(m_secrets->entries.size(), 2);
    QVERIFY(!m_secrets->entries.values().contains(QStringLiteral("r1")));
    QVERIFY(!m_secrets->entries.values().contains(QStringLiteral("p1")));
    // Variable ids are stable across an update.
    QCOMPARE(find(*updated, QStringLiteral("A"))->id, find(*created, QStringLiteral("A"))->id);
}

void TestVariableGroupService::staleRevisionConflicts()
{
    Result<VariableGroup> created = m_service->create(group(QStringLiteral("g"), {plain(QStringLiteral("A"), QStringLiteral("1"))}));
    QVERIFY(created.ok());
    VariableGroup first = *created;
    VariableGroup second = *created;
    first.variables[0].value = QStringLiteral("first");
    QVERIFY(m_service->update(first).ok());
    second.variables[0].value = QStringLiteral("second");
    second.variables.append(secret(QStringLiteral("S"), QStringLiteral("x")));
    Result<VariableGroup> stale = m_service->update(second);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QVERIFY2(stale.error().message.contains(QStringLiteral("revision 2")), qPrintable(stale.error().message));
    QCOMPARE(m_service->get(created->id)->variables.at(0).value, QStringLiteral("first"));
    QVERIFY(m_secrets->entries.isEmpty());
}

void TestVariableGroupService::twoProcessesNoLostWrites()
{
    // A second Workspace on the same folder stands for the CLI next to the GUI.
    Result<std::shared_ptr<store::Workspace>> other = store::Workspace::open(m_dir->path());
    QVERIFY(other.ok());
    VariableGroupService cli(*other, m_secrets);
    QVERIFY(m_service->create(group(QStringLiteral("shared"), {})).ok());
    for (int i = 0; i < 10; ++i) {
        QVERIFY(m_service->setVariable(QStringLiteral("shared"), plain(QStringLiteral("GUI_%1").arg(i), QString::number(i))).ok());
        QVERIFY(cli.setVariable(QStringLiteral("shared"), plain(QStringLiteral("CLI_%1").arg(i), QString::number(i))).ok());
    }
    Result<VariableGroup> g = cli.findByName(QStringLiteral("shared"));
    QVERIFY(g.ok());
    QCOMPARE(g->variables.size(), 20);
    QCOMPARE(g->revision, 21);
    // The GUI's copy is stale now.
    Result<VariableGroup> guiCopy = m_service->findByName(QStringLiteral("shared"));
    QVERIFY(cli.setVariable(QStringLiteral("shared"), plain(QStringLiteral("LAST"), QStringLiteral("x"))).ok());
    QCOMPARE(m_service->update(*guiCopy).error().code, ErrorCode::Conflict);
}

void TestVariableGroupService::setAndUnsetVariable()
{
    QVERIFY(m_service->create(group(QStringLiteral("g"), {plain(QStringLiteral("A"), QStringLiteral("1"))})).ok());
    Result<VariableGroup> set = m_service->setVariable(QStringLiteral("G"), plain(QStringLiteral("a"), QStringLiteral("2")));
    QVERIFY(set.ok());
    QCOMPARE(set->variables.size(), 1);
    QCOMPARE(set->variables.at(0).name, QStringLiteral("a"));
    QCOMPARE(set->variables.at(0).value, QStringLiteral("2"));
    set = m_service->setVariable(QStringLiteral("g"), secret(QStringLiteral("S"), QStringLiteral("s1")));
    QVERIFY(set.ok());
    set = m_service->setVariable(QStringLiteral("g"), secret(QStringLiteral("S"), QStringLiteral("s2")));
    QVERIFY(set.ok());
    QCOMPARE(m_secrets->entries.size(), 1);
    QCOMPARE(*m_service->secretValue(set->id, QStringLiteral("S")), QStringLiteral("s2"));
    QCOMPARE(m_service->setVariable(QStringLiteral("g"), plain(QStringLiteral("path.x"), QString())).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(m_service->setVariable(QStringLiteral("missing"), plain(QStringLiteral("X"), QString())).error().code,
             ErrorCode::NotFound);

    Result<VariableGroup> unset = m_service->unsetVariable(QStringLiteral("g"), QStringLiteral("s"));
    QVERIFY(unset.ok());
    QCOMPARE(unset->variables.size(), 1);
    QVERIFY(m_secrets->entries.isEmpty());
    QCOMPARE(m_service->unsetVariable(QStringLiteral("g"), QStringLiteral("S")).error().code, ErrorCode::NotFound);

    Result<QList<VariableGroupVersion>> history = m_service->history(unset->id);
    QVERIFY(history.ok());
    QStringList actions;
    for (const VariableGroupVersion &v : *history)
        actions.append(v.action);
    QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("set"), QStringLiteral("set"),
                                   QStringLiteral("set"), QStringLiteral("unset")}));
}

void TestVariableGroupService::cloneCopiesSecrets()
{
    Result<VariableGroup> source = m_service->create(group(
        QStringLiteral("source"), {plain(QStringLiteral("A"), QStringLiteral("1")), secret(QStringLiteral("S"), QStringLiteral("s"))},
        QStringLiteral("d")));
    QVERIFY(source.ok());
    Result<VariableGroup> copy = m_service->clone(source->id, QStringLiteral("copy"));
    QVERIFY2(copy.ok(), copy.ok() ? "" : qPrintable(copy.error().message));
    QVERIFY(copy->id != source->id);
    QCOMPARE(copy->description, QStringLiteral("d"));
    QVERIFY(VariableGroupDiff::identical(*source, *copy));
    QCOMPARE(*m_service->secretValue(copy->id, QStringLiteral("S")), QStringLiteral("s"));
    QCOMPARE(m_secrets->entries.size(), 2);  // its own entry, not a shared one

    QVERIFY(m_service->setVariable(QStringLiteral("copy"), secret(QStringLiteral("S"), QStringLiteral("changed"))).ok());
    QCOMPARE(*m_service->secretValue(source->id, QStringLiteral("S")), QStringLiteral("s"));
    QCOMPARE(m_service->clone(source->id, QStringLiteral("COPY")).error().code, ErrorCode::AlreadyExists);
    QCOMPARE(m_service->clone(12345, QStringLiteral("x")).error().code, ErrorCode::NotFound);
}

void TestVariableGroupService::removeDeletesKeychainEntries()
{
    Result<VariableGroup> g = m_service->create(group(QStringLiteral("g"), {secret(QStringLiteral("S1"), QStringLiteral("a")),
                                                                          secret(QStringLiteral("S2"), QStringLiteral("b"))}));
    QVERIFY(g.ok());
    QCOMPARE(m_secrets->entries.size(), 2);
    QVERIFY(m_service->remove(g->id).ok());
    QVERIFY(m_secrets->entries.isEmpty());
    QCOMPARE(m_service->get(g->id).error().code, ErrorCode::NotFound);
    QCOMPARE(m_service->remove(g->id).error().code, ErrorCode::NotFound);
    QSqlDatabase db = m_workspace->database().connection();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM variables")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestVariableGroupService::historyDiffAndRestore()
{
    Result<VariableGroup> v1 = m_service->create(group(
        QStringLiteral("g"), {plain(QStringLiteral("A"), QStringLiteral("1")), secret(QStringLiteral("S"), QStringLiteral("s1")),
                              secret(QStringLiteral("GONE"), QStringLiteral("g1"))}));
    QVERIFY(v1.ok());
    VariableGroup edit = *v1;
    edit.variables[0].value = QStringLiteral("2");
    edit.variables.removeLast();  // GONE
    edit.variables.append(plain(QStringLiteral("B"), QStringLiteral("new")));
    Result<VariableGroup> v2 = m_service->update(edit);
    QVERIFY(v2.ok());
    edit = *v2;
    edit.description = QStringLiteral("third");
    Result<VariableGroup> v3 = m_service->update(edit);
    QVERIFY(v3.ok());

    Result<QList<VariableGroupVersion>> history = m_service->history(v1->id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(0).revision, 1);
    QCOMPARE(history->at(0).action, QStringLiteral("create"));
    QCOMPARE(history->at(1).revision, 2);
    QCOMPARE(history->at(2).revision, 3);
    QCOMPARE(history->at(2).action, QStringLiteral("update"));
    QCOMPARE(history->at(2).osUser, store::AuditLog::osUser());
    QCOMPARE(history->at(0).snapshot.variables.size(), 3);
    QCOMPARE(find(history->at(0).snapshot, QStringLiteral("S"))->value, QString());  // redacted

    const QList<VariableDiffRow> rows = VariableGroupDiff::compare(history->at(0).snapshot, history->at(2).snapshot);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).kind, VariableDiffRow::Kind::Changed);  // A 1 -> 2
    QCOMPARE(rows.at(1).kind, VariableDiffRow::Kind::Same);     // S (secret)
    QCOMPARE(rows.at(2).kind, VariableDiffRow::Kind::OnlyLeft); // GONE
    QCOMPARE(rows.at(3).kind, VariableDiffRow::Kind::OnlyRight);  // B

    Result<VariableGroup> restored = m_service->restore(v1->id, history->at(0).auditId);
    QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
    QCOMPARE(restored->revision, 4);
    QCOMPARE(restored->description, QString());
    QCOMPARE(restored->variables.size(), 3);
    QCOMPARE(find(*restored, QStringLiteral("A"))->value, QStringLiteral("1"));
    QVERIFY(!find(*restored, QStringLiteral("B")));
    // S still existed: its current value is kept. GONE did not: it comes back empty.
    QVERIFY(find(*restored, QStringLiteral("S"))->secretIsSet);
    QCOMPARE(*m_service->secretValue(v1->id, QStringLiteral("S")), QStringLiteral("s1"));
    QVERIFY(find(*restored, QStringLiteral("GONE"))->isSecret);
    QVERIFY(!find(*restored, QStringLiteral("GONE"))->secretIsSet);
    QCOMPARE(m_secrets->entries.size(), 1);

    history = m_service->history(v1->id);
    QCOMPARE(history->size(), 4);
    QCOMPARE(history->last().action, QStringLiteral("restore"));
    QCOMPARE(m_service->restore(v1->id, 99999).error().code, ErrorCode::NotFound);
}

void TestVariableGroupService::restoreDeletedGroup()
{
    Result<VariableGroup> g = m_service->create(group(QStringLiteral("g"), {plain(QStringLiteral("A"), QStringLiteral("1"))}));
    QVERIFY(g.ok());
    QVERIFY(m_service->remove(g->id).ok());
    Result<QList<VariableGroupVersion>> history = m_service->history(g->id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->last().action, QStringLiteral("delete"));
    QCOMPARE(history->last().snapshot.variables.size(), 1);
    Result<VariableGroup> back = m_service->restore(g->id, history->first().auditId);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QCOMPARE(back->id, g->id);
    QCOMPARE(back->name, QStringLiteral("g"));
    QCOMPARE(back->variables.at(0).value, QStringLiteral("1"));
}

void TestVariableGroupService::auditEntriesAreRedacted()
{
    const QString s1 = QStringLiteral("audit-secret-one");
    const QString s2 = QStringLiteral("audit-secret-two");
    Result<VariableGroup> g = m_service->create(group(QStringLiteral("g"), {secret(QStringLiteral("S"), s1)}));
    QVERIFY(g.ok());
    QVERIFY(m_service->setVariable(QStringLiteral("g"), secret(QStringLiteral("S"), s2)).ok());
    QVERIFY(m_service->clone(g->id, QStringLiteral("g2")).ok());
    QVERIFY(m_service->remove(g->id).ok());

    QSqlDatabase db = m_workspace->database().connection();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT entity_type, action, COALESCE(before_json, ''), COALESCE(after_json, '') FROM audit_log")));
    int entries = 0;
    while (q.next()) {
        ++entries;
        QCOMPARE(q.value(0).toString(), QStringLiteral("variable_group"));
        const QString text = q.value(2).toString() + q.value(3).toString();
        QVERIFY2(!text.contains(s1) && !text.contains(s2), qPrintable(text));
    }
    QCOMPARE(entries, 4);
    Result<QList<store::AuditEntry>> entriesOfG = store::AuditLog::forEntity(db, QStringLiteral("variable_group"), g->id);
    QVERIFY(entriesOfG.ok());
    const QJsonObject after = entriesOfG->first().after;
    QCOMPARE(after.value(QLatin1String("name")).toString(), QStringLiteral("g"));
    QCOMPARE(after.value(QLatin1String("revision")).toInt(), 1);
    const QJsonObject var = after.value(QLatin1String("variables")).toArray().at(0).toObject();
    QCOMPARE(var.value(QLatin1String("name")).toString(), QStringLiteral("S"));
    QVERIFY(var.value(QLatin1String("value")).isNull());
    QVERIFY(var.value(QLatin1String("isSecret")).toBool());

    // The export of the clone has no secret either.
    const QByteArray exported = VariableGroupJson::exportGroup(*m_service->findByName(QStringLiteral("g2")));
    QVERIFY(!exported.contains(s1.toUtf8()) && !exported.contains(s2.toUtf8()));
}

void TestVariableGroupService::keychainUnavailableSavesNothing()
{
    m_secrets->unavailable = true;
    Result<VariableGroup> r = m_service->create(group(QStringLiteral("g"), {secret(QStringLiteral("S"), QStringLiteral("x"))}));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Unavailable);
    QVERIFY2(r.error().message.contains(QStringLiteral("\"S\"")), qPrintable(r.error().message));
    QCOMPARE(m_service->list()->size(), 0);
    // Plain groups still work without a keychain.
    QVERIFY(m_service->create(group(QStringLiteral("plain"), {plain(QStringLiteral("A"), QStringLiteral("1"))})).ok());
}

void TestVariableGroupService::failedSaveLeavesNoKeychainEntry()
{
    Result<VariableGroup> g = m_service->create(group(QStringLiteral("g"), {secret(QStringLiteral("S"), QStringLiteral("old"))}));
    QVERIFY(g.ok());
    VariableGroup stale = *g;
    QVERIFY(m_service->setVariable(QStringLiteral("g"), plain(QStringLiteral("X"), QStringLiteral("1"))).ok());
    stale.variables[0].value = QStringLiteral("new");
    stale.variables[0].replaceSecret = true;
    QCOMPARE(m_service->update(stale).error().code, ErrorCode::Conflict);
    QCOMPARE(m_secrets->entries.size(), 1);
    QCOMPARE(m_secrets->entries.constBegin().value(), QStringLiteral("old"));
    QCOMPARE(m_secrets->writes, 2);  // the new value was written first, then removed
}

void TestVariableGroupService::importReplacesByName()
{
    Result<VariableGroup> g = m_service->create(group(QStringLiteral("g"), {secret(QStringLiteral("S"), QStringLiteral("kept")),
                                                                          plain(QStringLiteral("A"), QStringLiteral("1"))}));
    QVERIFY(g.ok());
    Result<VariableGroup> parsed = VariableGroupJson::importGroup(
        QByteArray("{\"name\": \"G\", \"description\": \"imported\", \"type\": \"Vsts\", \"variables\": {"
                   "\"S\": {\"value\": null, \"isSecret\": true}, \"B\": {\"value\": \"2\"},"
                   " \"T\": {\"value\": \"tok\", \"isSecret\": true}}}"),
        QStringLiteral("g.json"));
    QVERIFY(parsed.ok());
    Result<VariableGroup> imported = m_service->importGroup(*parsed);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported->id, g->id);
    QCOMPARE(imported->name, QStringLiteral("G"));
    QCOMPARE(imported->description, QStringLiteral("imported"));
    QCOMPARE(imported->variables.size(), 3);
    QVERIFY(!find(*imported, QStringLiteral("A")));
    QCOMPARE(*m_service->secretValue(g->id, QStringLiteral("S")), QStringLiteral("kept"));
    QCOMPARE(*m_service->secretValue(g->id, QStringLiteral("T")), QStringLiteral("tok"));
    QCOMPARE(m_service->history(g->id)->last().action, QStringLiteral("import"));

    VariableGroup other = *parsed;
    other.name = QStringLiteral("brand-new");
    Result<VariableGroup> created = m_service->importGroup(other);
    QVERIFY(created.ok());
    QVERIFY(created->id != g->id);
    QVERIFY(!find(*created, QStringLiteral("S"))->secretIsSet);
}

QTEST_GUILESS_MAIN(TestVariableGroupService)
#include "test_variablegroupservice.moc"
