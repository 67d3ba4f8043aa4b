#include "plangraphview.h"

#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHash>
#include <QWheelEvent>

#include <algorithm>
#include <functional>

namespace mlops::ui {

namespace {

constexpr double kJobWidth = 200;
constexpr double kJobGapX = 36;
constexpr double kJobGapY = 14;
constexpr double kStagePadding = 14;
constexpr double kStageHeader = 44;
constexpr double kStageGapX = 70;
constexpr double kStageGapY = 30;
constexpr double kLineHeight = 18;

// Longest-path layer of each node: 0 for nodes without (known) dependencies, else one
// more than the deepest dependency. A dependency cycle is cut where it closes.
template <typename Node>
QList<int> layers(const QList<Node> &nodes)
{
    QHash<QString, int> indexByName;
    for (int i = 0; i < nodes.size(); ++i)
        indexByName.insert(nodes.at(i).name.toLower(), i);
    QList<int> layer(nodes.size(), -1);
    QList<bool> visiting(nodes.size(), false);
    std::function<int(int)> depth = [&](int i) -> int {
        if (layer.at(i) >= 0)
            return layer.at(i);
        if (visiting.at(i))
            return -1;  // a cycle: ignore this edge
        visiting[i] = true;
        int d = 0;
        for (const QString &dep : nodes.at(i).dependsOn) {
            const auto it = indexByName.constFind(dep.toLower());
            if (it != indexByName.cend() && *it != i)
                d = qMax(d, depth(*it) + 1);
        }
        visiting[i] = false;
        layer[i] = d;
        return d;
    };
    for (int i = 0; i < nodes.size(); ++i)
        depth(i);
    return layer;
}

QString shown(const QString &displayName, const QString &name)
{
    return displayName.isEmpty() ? name : displayName;
}

}  // namespace

PlanGraphView::PlanGraphView(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("planGraphView"));
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    showMessage(tr("No pipeline has been compiled yet."));
}

void PlanGraphView::showPlan(const pipeline::Plan &plan)
{
    m_plan = plan;
    m_message.clear();
    bool hasJobs = false;
    for (const pipeline::PlanStage &stage : plan.stages)
        hasJobs = hasJobs || !stage.jobs.isEmpty();
    if (!hasJobs) {
        m_plan.reset();
        m_message = tr("The pipeline has no jobs to run, so there is nothing to draw.");
    }
    rebuild();
    fitToView();
}

void PlanGraphView::showMessage(const QString &message)
{
    m_plan.reset();
    m_message = message;
    rebuild();
    resetTransform();
}

int PlanGraphView::itemCount(ItemKind kind) const
{
    int n = 0;
    const QList<QGraphicsItem *> items = scene()->items();
    for (const QGraphicsItem *item : items)
        n += item->data(kKindKey).toInt() == int(kind) ? 1 : 0;
    return n;
}

void PlanGraphView::fitToView()
{
    const QRectF bounds = scene()->sceneRect();
    if (bounds.isEmpty())
        return;
    resetTransform();
    const double sx = viewport()->width() / bounds.width();
    const double sy = viewport()->height() / bounds.height();
    const double s = qMin(1.0, qMin(sx, sy) * 0.98);  // a little room: no scroll bars after rounding
    scale(s, s);
    centerOn(bounds.center());
    m_fitPending = false;
}

void PlanGraphView::zoomBy(double factor)
{
    const double next = zoom() * factor;
    if (next < 0.02 || next > 4.0)
        return;
    scale(factor, factor);
}

double PlanGraphView::zoom() const
{
    return transform().m11();
}

void PlanGraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void PlanGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_plan && zoom() >= 0.999)
        fitToView();
    else if (!m_plan)
        centerOn(scene()->itemsBoundingRect().center());
}

void PlanGraphView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void PlanGraphView::rebuild()
{
    scene()->clear();
    const QPalette pal = palette();
    setBackgroundBrush(pal.color(QPalette::Base));
    if (!m_plan) {
        auto *text = scene()->addText(m_message);
        text->setDefaultTextColor(pal.color(QPalette::PlaceholderText));
        text->setTextWidth(420);
        text->setData(kKindKey, int(ItemKind::Message));
        scene()->setSceneRect(text->boundingRect());
        return;
    }
    const QList<pipeline::PlanStage> &stages = m_plan->stages;
    const QList<int> stageLayer = layers(stages);
    // Build every stage box at the origin first to know its size, then place columns.
    QList<QGraphicsRectItem *> boxes;
    int maxLayer = 0;
    for (int i = 0; i < stages.size(); ++i) {
        boxes.append(addStage(stages.at(i), QPointF(0, 0)));
        maxLayer = qMax(maxLayer, stageLayer.at(i));
    }
    // Columns by layer, each centred vertically on the tallest column.
    QList<double> columnHeight(maxLayer + 1, 0.0);
    for (int i = 0; i < stages.size(); ++i)
        columnHeight[stageLayer.at(i)] += boxes.at(i)->rect().height() + kStageGapY;
    const double tallest = *std::max_element(columnHeight.cbegin(), columnHeight.cend());
    double x = 0;
    for (int l = 0; l <= maxLayer; ++l) {
        double y = (tallest - columnHeight.at(l)) / 2;
        double width = 0;
        for (int i = 0; i < stages.size(); ++i) {
            if (stageLayer.at(i) != l)
                continue;
            boxes.at(i)->setPos(x, y);
            y += boxes.at(i)->rect().height() + kStageGapY;
            width = qMax(width, boxes.at(i)->rect().width());
        }
        x += width + kStageGapX;
    }
    QHash<QString, int> stageIndex;
    for (int i = 0; i < stages.size(); ++i)
        stageIndex.insert(stages.at(i).name.toLower(), i);
    for (int i = 0; i < stages.size(); ++i) {
        for (const QString &dep : stages.at(i).dependsOn) {
            const auto it = stageIndex.constFind(dep.toLower());
            if (it == stageIndex.cend() || *it == i)
                continue;
            addEdge(boxes.at(*it)->sceneBoundingRect(), boxes.at(i)->sceneBoundingRect(), ItemKind::StageEdge, nullptr);
        }
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-40, -40, 40, 40));
}

QGraphicsRectItem *PlanGraphView::addStage(const pipeline::PlanStage &stage, const QPointF &at)
{
    const QPalette pal = palette();
    auto *box = new QGraphicsRectItem;
    box->setData(kKindKey, int(ItemKind::Stage));
    box->setData(kNameKey, stage.name);
    scene()->addItem(box);
    const bool implicit = stage.name == QLatin1String("__default");
    const QString title = implicit ? tr("Pipeline") : shown(stage.displayName, stage.name);
    box->setToolTip(implicit ? title : tr("Stage %1").arg(stage.name));

    QFont titleFont = font();
    titleFont.setBold(true);
    auto *titleItem = new QGraphicsSimpleTextItem(title, box);
    titleItem->setFont(titleFont);
    titleItem->setBrush(pal.color(QPalette::Text));
    titleItem->setPos(kStagePadding, 8);
    const double header = kStageHeader + (stage.condition.isEmpty() ? 0 : kLineHeight - 6);
    // Jobs: columns by dependency depth inside the stage.
    const QList<int> jobLayer = layers(stage.jobs);
    int maxLayer = 0;
    for (int l : jobLayer)
        maxLayer = qMax(maxLayer, l);
    QList<QRectF> jobRects(stage.jobs.size());
    double x = kStagePadding;
    double height = 0;
    for (int l = 0; l <= maxLayer; ++l) {
        double y = header;
        for (int j = 0; j < stage.jobs.size(); ++j) {
            if (jobLayer.at(j) != l)
                continue;
            const QSizeF size = addJob(stage.jobs.at(j), QPointF(x, y), box);
            jobRects[j] = QRectF(QPointF(x, y), size);
            y += size.height() + kJobGapY;
        }
        height = qMax(height, y);
        x += kJobWidth + kJobGapX;
    }
    QHash<QString, int> jobIndex;
    for (int j = 0; j < stage.jobs.size(); ++j)
        jobIndex.insert(stage.jobs.at(j).name.toLower(), j);
    for (int j = 0; j < stage.jobs.size(); ++j) {
        for (const QString &dep : stage.jobs.at(j).dependsOn) {
            const auto it = jobIndex.constFind(dep.toLower());
            if (it != jobIndex.cend() && *it != j)
                addEdge(jobRects.at(*it), jobRects.at(j), ItemKind::JobEdge, box);
        }
    }
    const double width = qMax(x - kJobGapX + kStagePadding, titleItem->boundingRect().width() + 2 * kStagePadding);
    if (!stage.condition.isEmpty()) {
        // Small text under the title, cut to the box (the tooltip has all of it).
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.85);
        const QString text = QFontMetrics(small).elidedText(tr("if %1").arg(stage.condition), Qt::ElideRight,
                                                            int(width - 2 * kStagePadding));
        auto *cond = new QGraphicsSimpleTextItem(text, box);
        cond->setFont(small);
        cond->setBrush(pal.color(QPalette::PlaceholderText));
        cond->setPos(kStagePadding, 8 + kLineHeight + 2);
        box->setToolTip(tr("Stage %1, runs if %2").arg(stage.name, stage.condition));
    }
    box->setRect(0, 0, width, qMax(height - kJobGapY + kStagePadding, header + kStagePadding));
    QColor fill = pal.color(QPalette::AlternateBase);
    box->setBrush(fill);
    box->setPen(QPen(pal.color(QPalette::Mid), 1.2));
    box->setPos(at);
    return box;
}

QSizeF PlanGraphView::addJob(const pipeline::PlanJob &job, const QPointF &at, QGraphicsItem *parent)
{
    const QPalette pal = palette();
    QStringList small;
    if (job.isDeployment)
        small.append(job.environment.isEmpty() ? tr("deployment") : tr("deploy to %1").arg(job.environment));
    if (!job.condition.isEmpty())
        small.append(tr("if %1").arg(job.condition));
    const double height = 34 + kLineHeight * double(small.size());
    auto *box = new QGraphicsRectItem(0, 0, kJobWidth, height, parent);
    box->setPos(at);
    box->setData(kKindKey, int(ItemKind::Job));
    box->setData(kNameKey, job.name);
    box->setBrush(pal.color(QPalette::Base));
    box->setPen(QPen(job.isDeployment ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), job.isDeployment ? 1.8 : 1.0));
    box->setToolTip(tr("Job %1 (%n step(s))", nullptr, int(job.steps.size())).arg(job.name));

    const QFontMetrics fm(font());
    auto *title = new QGraphicsSimpleTextItem(fm.elidedText(shown(job.displayName, job.name), Qt::ElideRight, int(kJobWidth - 20)), box);
    title->setFont(font());
    title->setBrush(pal.color(QPalette::Text));
    title->setPos(10, 8);
    QFont smallFont = font();
    smallFont.setPointSizeF(font().pointSizeF() * 0.85);
    const QFontMetrics sfm(smallFont);
    double y = 8 + kLineHeight + 4;
    for (int i = 0; i < small.size(); ++i) {
        const bool badge = job.isDeployment && i == 0;
        auto *text = new QGraphicsSimpleTextItem(sfm.elidedText(small.at(i), Qt::ElideRight, int(kJobWidth - 28)), box);
        text->setFont(smallFont);
        if (badge) {
            const QRectF r = text->boundingRect().adjusted(-4, -1, 4, 1);
            auto *pill = new QGraphicsRectItem(r, box);
            pill->setPos(12, y);
            pill->setBrush(pal.color(QPalette::Highlight));
            pill->setPen(Qt::NoPen);
            text->setParentItem(pill);
            text->setBrush(pal.color(QPalette::HighlightedText));
            text->setPos(0, 0);
        } else {
            text->setBrush(pal.color(QPalette::PlaceholderText));
            text->setPos(10, y);
        }
        y += kLineHeight;
    }
    return {kJobWidth, height};
}

void PlanGraphView::addEdge(const QRectF &from, const QRectF &to, ItemKind kind, QGraphicsItem *parent)
{
    const QPointF start(from.right(), from.center().y());
    const QPointF end(to.left(), to.center().y());
    const double dx = qMax(20.0, (end.x() - start.x()) / 2);
    QPainterPath path(start);
    path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end);
    // Arrow head at the target.
    path.moveTo(end);
    path.lineTo(end + QPointF(-8, -4.5));
    path.moveTo(end);
    path.lineTo(end + QPointF(-8, 4.5));
    auto *edge = new QGraphicsPathItem(path, parent);
    if (!parent)
        scene()->addItem(edge);
    edge->setData(kKindKey, int(kind));
    edge->setPen(QPen(palette().color(QPalette::WindowText), kind == ItemKind::StageEdge ? 1.6 : 1.1));
    edge->setZValue(-1);
}

}  // namespace mlops::ui
