#include "runstatus.h"

#include <QApplication>
#include <QStyle>

namespace mlops::ui {

QString RunStatus::text(runs::RunState state, std::optional<runs::RunResult> result)
{
    if (state == runs::RunState::Pending)
        return tr("Pending");
    if (state == runs::RunState::InProgress)
        return tr("In progress");
    if (!result)
        return tr("Completed");
    switch (*result) {
    case runs::RunResult::Succeeded: return tr("Succeeded");
    case runs::RunResult::SucceededWithIssues: return tr("Succeeded with issues");
    case runs::RunResult::Failed: return tr("Failed");
    case runs::RunResult::Canceled: return tr("Canceled");
    case runs::RunResult::Skipped: return tr("Skipped");
    case runs::RunResult::Abandoned: return tr("Abandoned");
    }
    return tr("Completed");
}

QIcon RunStatus::icon(runs::RunState state, std::optional<runs::RunResult> result)
{
    QStyle *style = QApplication::style();
    if (!style)
        return {};
    QStyle::StandardPixmap pixmap = QStyle::SP_FileDialogInfoView;
    if (state == runs::RunState::InProgress) {
        pixmap = QStyle::SP_BrowserReload;
    } else if (state == runs::RunState::Completed && result) {
        switch (*result) {
        case runs::RunResult::Succeeded: pixmap = QStyle::SP_DialogApplyButton; break;
        case runs::RunResult::SucceededWithIssues: pixmap = QStyle::SP_MessageBoxWarning; break;
        case runs::RunResult::Failed:
        case runs::RunResult::Abandoned: pixmap = QStyle::SP_MessageBoxCritical; break;
        case runs::RunResult::Canceled: pixmap = QStyle::SP_BrowserStop; break;
        case runs::RunResult::Skipped: pixmap = QStyle::SP_MediaSkipForward; break;
        }
    }
    return style->standardIcon(pixmap);
}

qint64 RunStatus::durationMs(const QDateTime &started, const QDateTime &finished)
{
    if (!started.isValid())
        return -1;
    const QDateTime end = finished.isValid() ? finished : QDateTime::currentDateTimeUtc();
    return std::max<qint64>(0, started.msecsTo(end));
}

QString RunStatus::formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1s").arg(seconds);
    if (seconds < 3600)
        return tr("%1m %2s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1h %2m").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

}  // namespace mlops::ui
