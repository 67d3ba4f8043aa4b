#include "core/pipeline/expand/templateloader.h"

#include "core/pipeline/expand/templatelimits.h"
#include "core/pipeline/yaml/yamlparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mlops::pipeline {

namespace {

}  // namespace

void TemplateLoader::addRepositoryResource(const QString &alias, const QString &name, const QString &ref)
{
    QStringList keys;
    if (!name.isEmpty()) {
        if (!ref.isEmpty()) {
            keys.append(name + QLatin1Char('@') + ref);
            QString shortRef = ref;
            if (shortRef.startsWith(QLatin1String("refs/heads/")))
                shortRef = shortRef.mid(11);
            else if (shortRef.startsWith(QLatin1String("refs/tags/")))
                shortRef = shortRef.mid(10);
            keys.append(name + QLatin1Char('@') + shortRef);
            keys.append(name + QLatin1String("@refs/heads/") + shortRef);
        } else {
            keys.append(name + QLatin1String("@main"));
            keys.append(name + QLatin1String("@refs/heads/main"));
        }
        keys.append(name);
    }
    m_resourceKeys.insert(alias, keys);
}

std::optional<QString> TemplateLoader::repositoryFolder(const QString &alias, QString &error) const
{
    if (m_folders.contains(alias))
        return m_folders.value(alias);
    for (const QString &key : m_resourceKeys.value(alias)) {
        if (m_folders.contains(key))
            return m_folders.value(key);
    }
    error = QStringLiteral("repository '%1' has no local folder; map it with --repository %1=DIR").arg(alias);
    return std::nullopt;
}

std::optional<TemplateFile> TemplateLoader::parse(const QString &path, const QByteArray &bytes,
                                                  const QString &repoRoot, const QString &alias,
                                                  const SourcePos &pos, Diagnostics &diagnostics)
{
    if (bytes.size() > TemplateLimits::kMaxFileBytes) {
        diagnostics.append(diagnosticAt(pos, QStringLiteral("The file '%1' is %2 bytes; the maximum is %3 bytes")
                                            .arg(path)
                                            .arg(bytes.size())
                                            .arg(TemplateLimits::kMaxFileBytes)));
        return std::nullopt;
    }
    YamlParseResult parsed = YamlParser::parse(bytes, path);
    if (!parsed.ok()) {
        diagnostics.append(parsed.diagnostics);
        return std::nullopt;
    }
    diagnostics.append(parsed.diagnostics);  // warnings
    TemplateFile file{path, repoRoot, alias, parsed.root};
    m_cache.insert(path, file);
    m_order.append(path);
    return file;
}

std::optional<TemplateFile> TemplateLoader::loadEntry(const QString &entryFile, const std::optional<QString> &text,
                                                      Diagnostics &diagnostics)
{
    const QString path = QDir::cleanPath(QFileInfo(entryFile).absoluteFilePath());
    // The pipeline's own repository: the folder mapped to "self", else the entry's folder.
    m_selfRoot = m_folders.contains(QStringLiteral("self"))
        ? QDir::cleanPath(QFileInfo(m_folders.value(QStringLiteral("self"))).absoluteFilePath())
        : QFileInfo(path).absolutePath();
    QByteArray bytes;
    if (text) {
        bytes = text->toUtf8();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            diagnostics.append(diagnosticAt(SourcePos{path, 0, 0},
                                       QStringLiteral("Cannot read the pipeline file '%1': %2")
                                           .arg(path, file.errorString())));
            return std::nullopt;
        }
        if (file.size() > TemplateLimits::kMaxFileBytes)
            bytes = file.read(TemplateLimits::kMaxFileBytes + 1);
        else
            bytes = file.readAll();
    }
    return parse(path, bytes, m_selfRoot, QStringLiteral("self"), SourcePos{path, 1, 1}, diagnostics);
}

std::optional<TemplateFile> TemplateLoader::load(const QString &reference, const TemplateFile &from,
                                                 const SourcePos &pos, Diagnostics &diagnostics)
{
    QString ref = reference.trimmed();
    QString alias;
    const qsizetype at = ref.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        alias = ref.mid(at + 1).trimmed();
        ref = ref.left(at).trimmed();
    }
    ref.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (ref.isEmpty()) {
        diagnostics.append(diagnosticAt(pos, QStringLiteral("The template reference '%1' has no path").arg(reference)));
        return std::nullopt;
    }
    QString root = from.repoRoot;
    QString baseDir = QFileInfo(from.path).absolutePath();
    QString repoAlias = from.repoAlias;
    if (!alias.isEmpty() && alias != from.repoAlias) {
        if (alias.compare(QLatin1String("self"), Qt::CaseInsensitive) == 0) {
            root = m_selfRoot;
            repoAlias = QStringLiteral("self");
        } else {
            QString error;
            const auto folder = repositoryFolder(alias, error);
            if (!folder) {
                diagnostics.append(diagnosticAt(pos, error));
                return std::nullopt;
            }
            root = QDir::cleanPath(QFileInfo(*folder).absoluteFilePath());
            repoAlias = alias;
        }
        baseDir = root;  // a path into another repository starts at its root
    }
    QString path;
    if (ref.startsWith(QLatin1Char('/')))
        path = QDir::cleanPath(root + ref);
    else
        path = QDir::cleanPath(baseDir + QLatin1Char('/') + ref);

    const auto cached = m_cache.constFind(path);
    if (cached != m_cache.constEnd())
        return *cached;
    if (m_order.size() > TemplateLimits::kMaxTemplateFiles) {
        diagnostics.append(diagnosticAt(pos, QStringLiteral("Maximum number of template files (%1) exceeded when loading '%2'")
                                            .arg(TemplateLimits::kMaxTemplateFiles)
                                            .arg(reference)));
        return std::nullopt;
    }
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        diagnostics.append(diagnosticAt(pos, QStringLiteral("Template file '%1' not found (resolved to '%2')")
                                            .arg(reference, path)));
        return std::nullopt;
    }
    QByteArray bytes;
    if (file.size() > TemplateLimits::kMaxFileBytes)
        bytes = file.read(TemplateLimits::kMaxFileBytes + 1);
    else
        bytes = file.readAll();
    return parse(path, bytes, root, repoAlias, pos, diagnostics);
}

}  // namespace mlops::pipeline
