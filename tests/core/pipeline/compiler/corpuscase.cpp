#include "corpuscase.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

const QString kProjectTemplate = QStringLiteral("Azure__mlops-project-template");

// Where a file of the project template lands in a project made from it.
QString relocated(const QString &relative)
{
    static const QString classical = QStringLiteral("classical/aml-cli-v2/");
    static const QRegularExpression infra(QStringLiteral("^infrastructure/[^/]+/(.*)$"));
    if (relative.startsWith(classical))
        return relative.mid(classical.size());
    if (const QRegularExpressionMatch m = infra.match(relative); m.hasMatch())
        return QStringLiteral("infrastructure/") + m.captured(1);
    return relative;
}

bool copyFile(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::copy(from, to);
}

}  // namespace

QString CorpusCase::corpusDir() { return QStringLiteral(MLOPS_SHARED_DIR) + QStringLiteral("/corpus/pipelines"); }

QList<CorpusEntry> CorpusCase::entries()
{
    QFile manifest(corpusDir() + QStringLiteral("/MANIFEST.md"));
    if (!manifest.open(QIODevice::ReadOnly))
        return {};
    QList<CorpusEntry> out;
    const QStringList lines = QString::fromUtf8(manifest.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() < 8 || !cells.at(3).trimmed().startsWith(QLatin1String("pipeline (")))
            continue;
        CorpusEntry entry;
        entry.path = cells.at(1).trimmed().remove(QLatin1Char('`'));
        static const QRegularExpression ref(QStringLiteral("`([^`]+)`"));
        for (auto it = ref.globalMatch(cells.at(6)); it.hasNext();)
            entry.unresolvable.append(it.next().captured(1));
        out.append(entry);
    }
    return out;
}

QStringList CorpusCase::privateRepositories()
{
    QFile manifest(corpusDir() + QStringLiteral("/MANIFEST.md"));
    if (!manifest.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    static const QRegularExpression re(QStringLiteral("@([A-Za-z0-9_.-]+) \\(external repository"));
    for (auto it = re.globalMatch(QString::fromUtf8(manifest.readAll())); it.hasNext();) {
        const QString alias = it.next().captured(1);
        if (!out.contains(alias))
            out.append(alias);
    }
    return out;
}

QString CorpusCase::prepare(const QString &entry, QTemporaryDir &scratch, mlops::pipeline::CompileOptions *options)
{
    const QString corpus = corpusDir();
    const QString repository = entry.section(QLatin1Char('/'), 0, 0);
    QString file = corpus + QLatin1Char('/') + entry;
    if (!QFileInfo(file).isFile())
        return {};
    options->repositories.insert(QStringLiteral("self"), corpus + QLatin1Char('/') + repository);
    if (repository == kProjectTemplate) {
        options->repositories.insert(QStringLiteral("mlops-templates"), corpus + QStringLiteral("/Azure__mlops-templates"));
        const QString root = corpus + QLatin1Char('/') + kProjectTemplate + QLatin1Char('/');
        for (QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const QString from = it.next();
            if (!copyFile(from, scratch.filePath(relocated(from.mid(root.size())))))
                return {};
        }
        options->repositories.insert(QStringLiteral("self"), scratch.path());
        file = scratch.filePath(relocated(entry.mid(kProjectTemplate.size() + 1)));
    }
    if (entry == QLatin1String("Azure__mlops-v2/.azuredevops/initialise-project.yml")) {
        // Required runtime parameters (no default).
        options->parameters.insert(QStringLiteral("adoProjectName"), QStringLiteral("contoso-ml"));
        options->parameters.insert(QStringLiteral("repoName"), QStringLiteral("diabetes-mlops"));
    }
    return file;
}
