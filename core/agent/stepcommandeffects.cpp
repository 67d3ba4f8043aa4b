#include "core/agent/stepcommandeffects.h"

#include "core/runs/artifactstore.h"
#include "core/runs/runstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace mlops::agent {

namespace {

QString safeSegment(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                           c == QLatin1Char('_') || c == QLatin1Char('-');
        out.append(plain ? c : QLatin1Char('_'));
    }
    while (out.startsWith(QLatin1Char('.')))
        out[0] = QLatin1Char('_');
    return out.isEmpty() ? QStringLiteral("_") : out.left(80);
}

QString commandName(UploadRequest::Kind kind)
{
    switch (kind) {
    case UploadRequest::Kind::StepFile: return QStringLiteral("task.uploadfile");
    case UploadRequest::Kind::Summary: return QStringLiteral("task.uploadsummary");
    case UploadRequest::Kind::Attachment: return QStringLiteral("task.addattachment");
    case UploadRequest::Kind::BuildLog: return QStringLiteral("build.uploadlog");
    case UploadRequest::Kind::Artifact: return QStringLiteral("artifact.upload");
    }
    return {};
}

// Copies `source` to a new file in `tempDirectory`, masking every line that holds a secret.
Result<QString> maskedCopy(const QString &source, const QString &tempDirectory,
                           const std::function<QString(const QString &)> &mask)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(source, in.errorString()));
    const QString target = QDir(tempDirectory).filePath(QStringLiteral("upload-") +
                                                        QUuid::createUuid().toString(QUuid::WithoutBraces));
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(target, out.errorString()));
    while (!in.atEnd()) {
        const QByteArray line = in.readLine(1 << 20);
        const QString text = QString::fromUtf8(line);
        const QString masked = mask(text);
        const QByteArray bytes = masked == text ? line : masked.toUtf8();
        if (out.write(bytes) != bytes.size()) {
            out.remove();
            return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(target, out.errorString()));
        }
    }
    if (in.error() != QFileDevice::NoError) {
        out.remove();
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(source, in.errorString()));
    }
    return target;
}

}  // namespace

QString StepCommandEffects::attachmentsArtifact() { return QStringLiteral("_attachments"); }

bool StepCommandEffects::isReservedArtifactName(const QString &name)
{
    return name.trimmed().compare(attachmentsArtifact(), Qt::CaseInsensitive) == 0;
}

QString StepCommandEffects::stepFolder(const QString &jobName, int order, const QString &stepName)
{
    return safeSegment(jobName) + QLatin1Char('/') + QStringLiteral("%1_").arg(order, 2, 10, QLatin1Char('0')) +
           safeSegment(stepName);
}

QString StepCommandEffects::buildNumberProblem(const QString &number)
{
    static const QString forbidden = QStringLiteral("\"/:<>\\|?@*");
    if (number.trimmed().isEmpty())
        return QStringLiteral("the build number is empty");
    if (number.size() > 255)
        return QStringLiteral("the build number is longer than 255 characters");
    if (number.endsWith(QLatin1Char('.')))
        return QStringLiteral("the build number '%1' ends with '.'").arg(number);
    for (const QChar c : number) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            return QStringLiteral("the build number '%1' contains '%2', which is not allowed (not allowed: %3)")
                .arg(number, c.unicode() < 0x20 ? QStringLiteral("a control character") : QString(c), forbidden);
    }
    return {};
}

StepEffects StepCommandEffects::apply(const StepOutcome &outcome, const StepEffectsContext &context)
{
    StepEffects effects;
    auto masked = [&context](const QString &text) { return context.mask ? context.mask(text) : text; };
    auto fail = [&](const QString &command, const QString &reason) {
        const QString message = masked(QStringLiteral("Unable to process ##vso[%1]: %2").arg(command, reason));
        effects.lines.append(QStringLiteral("##[error]") + message);
        effects.errors.append(runs::Issue{runs::IssueType::Error, message, {}, 0, 0, {}});
        effects.failed = true;
    };
    auto resolve = [&context](const QString &path) {
        return QDir::cleanPath(QDir::isRelativePath(path) ? QDir(context.workingDirectory).filePath(path) : path);
    };

    for (const UploadRequest &upload : outcome.uploads) {
        const QString command = commandName(upload.kind);
        if (!context.artifactStore) {
            fail(command, QStringLiteral("the workspace's artifact store is not available"));
            continue;
        }
        const QString path = resolve(upload.path);
        const QFileInfo info(path);
        if (upload.kind == UploadRequest::Kind::Artifact) {
            if (isReservedArtifactName(upload.artifactName)) {
                fail(command, QStringLiteral("the artifact name '%1' is reserved for the files attached by "
                                             "task.uploadfile and build.uploadlog")
                                  .arg(upload.artifactName));
                continue;
            }
            if (!info.exists()) {
                fail(command, QStringLiteral("the path to upload '%1' does not exist").arg(path));
                continue;
            }
            QString container = QDir::cleanPath(upload.containerFolder);
            while (container.startsWith(QLatin1Char('/')))
                container.remove(0, 1);
            const QString folder = container.section(QLatin1Char('/'), 1);
            Result<runs::Artifact> added =
                context.artifactStore->addFiles(context.runId, upload.artifactName, path, folder);
            if (!added.ok()) {
                fail(command, added.error().message);
                continue;
            }
            effects.lines.append(QStringLiteral("Uploaded %1 to artifact '%2' (now %3 file(s), %4 bytes)")
                                     .arg(path, upload.artifactName)
                                     .arg(added->files.size())
                                     .arg(added->totalSize));
            continue;
        }
        if (!info.isFile()) {
            fail(command, QStringLiteral("the file to attach '%1' does not exist or is not a file").arg(path));
            continue;
        }
        QString relative;
        switch (upload.kind) {
        case UploadRequest::Kind::StepFile:
            relative = QStringLiteral("steps/") + context.stepFolder + QLatin1Char('/') + safeSegment(info.fileName());
            break;
        case UploadRequest::Kind::BuildLog:
            relative = QStringLiteral("logs/") + safeSegment(info.fileName());
            break;
        case UploadRequest::Kind::Summary:
            relative = QStringLiteral("summaries/") + context.stepFolder + QLatin1Char('/') + safeSegment(info.fileName());
            break;
        case UploadRequest::Kind::Attachment:
            relative = QStringLiteral("attachments/") + safeSegment(upload.attachmentType) + QLatin1Char('/') +
                       safeSegment(upload.attachmentName);
            break;
        case UploadRequest::Kind::Artifact:
            break;
        }
        QString source = path;
        if (context.mask) {
            Result<QString> copy = maskedCopy(path, context.tempDirectory, context.mask);
            if (!copy.ok()) {
                fail(command, copy.error().message);
                continue;
            }
            source = *copy;
        }
        Result<runs::Artifact> added = context.artifactStore->addFile(context.runId, attachmentsArtifact(), source, relative);
        if (source != path)
            QFile::remove(source);
        if (!added.ok()) {
            fail(command, added.error().message);
            continue;
        }
        effects.lines.append(QStringLiteral("Attached %1 to the run as %2/%3").arg(path, attachmentsArtifact(), relative));
    }

    if (outcome.buildNumber) {
        const QString number = masked(outcome.buildNumber->trimmed());
        if (const QString problem = buildNumberProblem(number); !problem.isEmpty()) {
            fail(QStringLiteral("build.updatebuildnumber"), problem);
        } else if (!context.runStore) {
            fail(QStringLiteral("build.updatebuildnumber"), QStringLiteral("the workspace's run store is not available"));
        } else if (Result<void> updated = context.runStore->updateBuildNumber(context.runId, number); !updated.ok()) {
            fail(QStringLiteral("build.updatebuildnumber"), updated.error().message);
        } else {
            effects.buildNumber = number;
            effects.lines.append(QStringLiteral("The run number is now '%1'.").arg(number));
        }
    }

    if (!outcome.buildTags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : outcome.buildTags)
            tags.append(masked(tag));
        if (!context.runStore)
            fail(QStringLiteral("build.addbuildtag"), QStringLiteral("the workspace's run store is not available"));
        else if (Result<void> added = context.runStore->addTags(context.runId, tags); !added.ok())
            fail(QStringLiteral("build.addbuildtag"), added.error().message);
        else
            effects.lines.append(QStringLiteral("Tagged the run: %1").arg(tags.join(QStringLiteral(", "))));
    }
    return effects;
}

}  // namespace mlops::agent
