#pragma once
// PlanGraphView: draws a compiled Plan – stages as boxes (display name or name, the
// condition in small text when it is not the default) holding their jobs as boxes
// (display name, condition, a deployment/environment badge), with arrows for dependsOn
// between stages and between the jobs of a stage. Stages and jobs are laid out left to
// right by dependency depth (longest-path layering; a cycle is broken, not followed).
// Ctrl+wheel zooms, fitToView() shows the whole plan (never enlarged beyond 100 %).
// showMessage() replaces the graph by a sentence (empty or invalid plan). GUI thread only.

#include "core/pipeline/plan/plan.h"

#include <QGraphicsView>

class QGraphicsRectItem;

namespace mlops::ui {

class PlanGraphView : public QGraphicsView {
    Q_OBJECT
public:
    // QGraphicsItem::data(kKindKey) of the items this view creates.
    static constexpr int kKindKey = 0;
    static constexpr int kNameKey = 1;  // the stage's or job's name
    enum class ItemKind { Stage = 1, Job, StageEdge, JobEdge, Message };

    explicit PlanGraphView(QWidget *parent = nullptr);

    void showPlan(const pipeline::Plan &plan);
    void showMessage(const QString &message);
    // The sentence shown instead of a graph; empty while a plan is shown.
    QString message() const { return m_message; }

    int itemCount(ItemKind kind) const;
    void fitToView();
    void zoomBy(double factor);
    double zoom() const;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QSizeF addJob(const pipeline::PlanJob &job, const QPointF &at, QGraphicsItem *parent);
    QGraphicsRectItem *addStage(const pipeline::PlanStage &stage, const QPointF &at);
    void addEdge(const QRectF &from, const QRectF &to, ItemKind kind, QGraphicsItem *parent);
    void rebuild();

    std::optional<pipeline::Plan> m_plan;
    QString m_message;
    bool m_fitPending = false;
};

}  // namespace mlops::ui
