#include "core/agent/copyfilestask.h"

#include "core/agent/builtintask.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace mlops::agent {

namespace {

bool isTrue(const QString &value)
{
    return value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

// One path segment of a glob → regular expression text.
QString segmentRegex(const QString &segment)
{
    QString regex;
    int braces = 0;
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const QChar c = segment.at(i);
        if (c == QLatin1Char('*')) {
            regex += QStringLiteral("[^/]*");
        } else if (c == QLatin1Char('?')) {
            regex += QStringLiteral("[^/]");
        } else if (c == QLatin1Char('{')) {
            ++braces;
            regex += QStringLiteral("(?:");
        } else if (c == QLatin1Char('}') && braces > 0) {
            --braces;
            regex += QLatin1Char(')');
        } else if (c == QLatin1Char(',') && braces > 0) {
            regex += QLatin1Char('|');
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = segment.indexOf(QLatin1Char(']'), i + 1);
            if (close > i + 1) {
                QString set = segment.mid(i + 1, close - i - 1);
                if (set.startsWith(QLatin1Char('!')))
                    set[0] = QLatin1Char('^');
                set.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
                regex += QLatin1Char('[') + set + QLatin1Char(']');
                i = close;
            } else {
                regex += QRegularExpression::escape(QString(c));
            }
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    for (; braces > 0; --braces)
        regex += QLatin1Char(')');
    return regex;
}

QString normalized(QString path)
{
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    return path;
}

}  // namespace

bool CopyFilesTask::matches(const QString &pattern, const QString &path)
{
    const QStringList segments = normalized(pattern).split(QLatin1Char('/'));
    QString regex;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const bool last = i == segments.size() - 1;
        if (segments.at(i) == QLatin1String("**"))
            regex += last ? QStringLiteral(".*") : QStringLiteral("(?:.*/)?");
        else
            regex += segmentRegex(segments.at(i)) + (last ? QString() : QStringLiteral("/"));
    }
    const QRegularExpression expression(QRegularExpression::anchoredPattern(regex));
    return expression.isValid() && expression.match(normalized(path)).hasMatch();
}

QStringList CopyFilesTask::selectFiles(const QString &root, const QStringList &patterns)
{
    QList<QPair<bool, QString>> rules;  // (exclude, pattern)
    for (const QString &line : patterns) {
        QString pattern = line.trimmed();
        if (pattern.isEmpty() || pattern.startsWith(QLatin1Char('#')))
            continue;
        bool exclude = false;
        while (pattern.startsWith(QLatin1Char('!'))) {
            exclude = !exclude;
            pattern.remove(0, 1);
        }
        rules.append({exclude, pattern});
    }
    const bool allExcludes =
        std::all_of(rules.cbegin(), rules.cend(), [](const QPair<bool, QString> &rule) { return rule.first; });

    QStringList selected;
    const QDir rootDir(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString absolute = it.next();
        const QString relative = rootDir.relativeFilePath(absolute);
        bool chosen = allExcludes && !rules.isEmpty();
        for (const auto &rule : std::as_const(rules)) {
            const QString &subject = QDir::isAbsolutePath(rule.second) ? absolute : relative;
            if (matches(rule.second, subject))
                chosen = !rule.first;
        }
        if (chosen)
            selected.append(relative);
    }
    selected.sort();
    return selected;
}

Result<QStringList> CopyFilesTask::run(const Inputs &inputs, const QString &defaultSourceFolder)
{
    const QString targetInput = BuiltinTask::input(inputs, {QStringLiteral("TargetFolder")});
    if (targetInput.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("CopyFiles@2: the required input 'TargetFolder' is missing"));
    QString source = BuiltinTask::input(inputs, {QStringLiteral("SourceFolder")}, defaultSourceFolder);
    if (QDir::isRelativePath(source))
        source = QDir(defaultSourceFolder).filePath(source);
    source = QDir::cleanPath(source);
    QString target = targetInput.trimmed();
    if (QDir::isRelativePath(target))
        target = QDir(defaultSourceFolder).filePath(target);
    target = QDir::cleanPath(target);
    if (!QFileInfo(source).isDir())
        return makeError(ErrorCode::NotFound, QStringLiteral("CopyFiles@2: the source folder '%1' does not exist").arg(source));

    const QStringList patterns = BuiltinTask::input(inputs, {QStringLiteral("Contents")}, QStringLiteral("**"))
                                     .split(QLatin1Char('\n'));
    const bool clean = isTrue(BuiltinTask::input(inputs, {QStringLiteral("CleanTargetFolder")}));
    const bool overwrite = isTrue(BuiltinTask::input(inputs, {QStringLiteral("OverWrite")}));
    const bool flatten = isTrue(BuiltinTask::input(inputs, {QStringLiteral("flattenFolders")}));

    QStringList lines;
    const QStringList files = selectFiles(source, patterns);
    lines.append(QStringLiteral("Found %1 file(s) in %2 matching the contents").arg(files.size()).arg(source));

    if (clean && QFileInfo(target).isDir()) {
        QDir targetDir(target);
        const QStringList entries = targetDir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            const QString path = targetDir.filePath(entry);
            const QFileInfo info(path);
            const bool removed = info.isDir() && !info.isSymLink() ? QDir(path).removeRecursively() : QFile::remove(path);
            if (!removed)
                return makeError(ErrorCode::Io, QStringLiteral("CopyFiles@2: cannot clean '%1' in the target folder").arg(path));
        }
        lines.append(QStringLiteral("Cleaned the target folder %1").arg(target));
    }
    if (!QDir().mkpath(target))
        return makeError(ErrorCode::Io, QStringLiteral("CopyFiles@2: cannot create the target folder '%1'").arg(target));

    for (const QString &relative : files) {
        const QString from = QDir(source).filePath(relative);
        const QString to = QDir(target).filePath(flatten ? QFileInfo(relative).fileName() : relative);
        if (QFileInfo::exists(to)) {
            if (!overwrite) {
                lines.append(QStringLiteral("Skipped %1: %2 already exists (OverWrite is false)").arg(from, to));
                continue;
            }
            if (!QFile::remove(to))
                return makeError(ErrorCode::Io, QStringLiteral("CopyFiles@2: cannot overwrite '%1'").arg(to));
        }
        if (!QDir().mkpath(QFileInfo(to).absolutePath()))
            return makeError(ErrorCode::Io, QStringLiteral("CopyFiles@2: cannot create the folder of '%1'").arg(to));
        if (!QFile::copy(from, to))
            return makeError(ErrorCode::Io, QStringLiteral("CopyFiles@2: cannot copy '%1' to '%2'").arg(from, to));
        lines.append(QStringLiteral("Copying %1 to %2").arg(from, to));
    }
    return lines;
}

}  // namespace mlops::agent
