#pragma once
// TemplateLoader: finds, reads and parses the files of one template expansion
// (LANGUAGE.md §7.2) and enforces the file limits (TemplateLimits).
//
// References: `path` (relative to the directory of the including file; backslashes are
// separators), `/path` (root of the including file's repository), `path@self` (the
// pipeline's own repository, whose root is the entry file's directory) and
// `path@alias` (a repository resource: the local folder comes from
// ExpandOptions::repositories by alias, by "name@ref" or by name, using the entry's
// `resources.repositories` to map the alias). Files are parsed once and cached.
// Failures are returned as a Diagnostic positioned at `pos` (the reference), plus the
// parser's own diagnostics for unparsable files. Not thread-safe (one per expansion).

#include "core/common/diagnostic.h"
#include "core/pipeline/yaml/yamlnode.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlops::pipeline {

struct TemplateFile {
    QString path;      // absolute, clean
    QString repoRoot;  // folder of the repository the file belongs to
    QString repoAlias; // "self" or the repository alias
    YamlNode root;
};

class TemplateLoader {
public:
    void setRepositoryFolders(const QMap<QString, QString> &folders) { m_folders = folders; }
    // alias → "name@ref" pairs from the entry pipeline's resources.repositories.
    void addRepositoryResource(const QString &alias, const QString &name, const QString &ref);

    // Loads the entry file (from disk, or from `text` when given).
    std::optional<TemplateFile> loadEntry(const QString &entryFile, const std::optional<QString> &text,
                                          Diagnostics &diagnostics);
    // Resolves and loads `reference` as written in `from`.
    std::optional<TemplateFile> load(const QString &reference, const TemplateFile &from, const SourcePos &pos,
                                     Diagnostics &diagnostics);

    // Every file read, entry first.
    const QStringList &files() const { return m_order; }

private:
    std::optional<QString> repositoryFolder(const QString &alias, QString &error) const;
    std::optional<TemplateFile> parse(const QString &path, const QByteArray &bytes, const QString &repoRoot,
                                      const QString &alias, const SourcePos &pos, Diagnostics &diagnostics);

    QMap<QString, QString> m_folders;
    QHash<QString, QStringList> m_resourceKeys;  // alias → lookup keys ("name@ref", "name")
    QHash<QString, TemplateFile> m_cache;        // path → parsed file
    QStringList m_order;
    QString m_selfRoot;
};

}  // namespace mlops::pipeline
