#include "variablegroupcomparedialog.h"

#include "core/library/variablegroupservice.h"
#include "ui/common/diffstyle.h"
#include "variablegroupdiffmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mlops::ui {

VariableGroupCompareDialog::VariableGroupCompareDialog(std::shared_ptr<library::VariableGroupService> groups, QWidget *parent)
    : QDialog(parent), m_groups(std::move(groups)), m_left(new QComboBox(this)), m_right(new QComboBox(this)),
      m_view(new QTableView(this)), m_summary(new QLabel(this)), m_diff(new VariableGroupDiffModel(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare variable groups"));
    m_left->setObjectName(QStringLiteral("leftGroupCombo"));
    m_right->setObjectName(QStringLiteral("rightGroupCombo"));
    m_view->setObjectName(QStringLiteral("compareTable"));
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);

    m_view->setModel(m_diff);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(VariableGroupDiffModel::MarkerColumn, QHeaderView::Fixed);
    m_view->horizontalHeader()->resizeSection(VariableGroupDiffModel::MarkerColumn, 28);
    m_view->horizontalHeader()->setSectionResizeMode(VariableGroupDiffModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(VariableGroupDiffModel::LeftColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(VariableGroupDiffModel::RightColumn, QHeaderView::Stretch);

    auto *pickers = new QGridLayout;
    auto *leftLabel = new QLabel(tr("&Left"), this);
    leftLabel->setBuddy(m_left);
    auto *rightLabel = new QLabel(tr("&Right"), this);
    rightLabel->setBuddy(m_right);
    pickers->addWidget(leftLabel, 0, 0);
    pickers->addWidget(m_left, 0, 1);
    pickers->addWidget(rightLabel, 0, 2);
    pickers->addWidget(m_right, 0, 3);
    pickers->setColumnStretch(1, 1);
    pickers->setColumnStretch(3, 1);

    const QString legend = tr("Legend: %1 changed · %2 only on the left · %3 only on the right")
                               .arg(DiffStyle::marker(DiffStyle::Kind::Changed), DiffStyle::marker(DiffStyle::Kind::OnlyLeft),
                                    DiffStyle::marker(DiffStyle::Kind::OnlyRight));
    auto *legendLabel = new QLabel(legend, this);
    legendLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(legendLabel);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(m_left, &QComboBox::currentIndexChanged, this, &VariableGroupCompareDialog::compare);
    connect(m_right, &QComboBox::currentIndexChanged, this, &VariableGroupCompareDialog::compare);
}

bool VariableGroupCompareDialog::reload(qint64 leftId, qint64 rightId)
{
    const auto list = m_groups->list();
    const QSignalBlocker blockLeft(m_left);
    const QSignalBlocker blockRight(m_right);
    m_left->clear();
    m_right->clear();
    if (!list) {
        m_summary->setText(tr("Could not list the variable groups: %1").arg(list.error().message));
        return false;
    }
    for (const library::VariableGroupSummary &summary : *list) {
        m_left->addItem(summary.name, summary.id);
        m_right->addItem(summary.name, summary.id);
    }
    const int leftIndex = leftId != 0 ? m_left->findData(leftId) : 0;
    int rightIndex = rightId != 0 ? m_right->findData(rightId) : (m_right->count() > 1 ? 1 : 0);
    m_left->setCurrentIndex(leftIndex < 0 ? 0 : leftIndex);
    m_right->setCurrentIndex(rightIndex < 0 ? 0 : rightIndex);
    compare();
    return true;
}

QString VariableGroupCompareDialog::summaryText() const
{
    return m_summary->text();
}

void VariableGroupCompareDialog::compare()
{
    if (m_left->count() < 2) {
        m_diff->setRows({});
        m_summary->setText(tr("Comparing needs at least two variable groups. Create or clone one first."));
        return;
    }
    const qint64 leftId = m_left->currentData().toLongLong();
    const qint64 rightId = m_right->currentData().toLongLong();
    const auto left = m_groups->get(leftId);
    const auto right = m_groups->get(rightId);
    if (!left || !right) {
        m_diff->setRows({});
        m_summary->setText(tr("Could not read a group: %1").arg((!left ? left.error() : right.error()).message));
        return;
    }
    m_diff->setSideTitles(left->name, right->name);
    m_diff->setRows(library::VariableGroupDiff::compare(*left, *right));
    const int count = m_diff->differenceCount();
    QString text = count == 0 ? tr("%1 and %2 have the same variables.").arg(left->name, right->name)
                              : tr("Differences between %1 and %2: %3.").arg(left->name, right->name).arg(count);
    if (left->description != right->description)
        text += QLatin1Char(' ') + tr("The descriptions differ.");
    m_summary->setText(text);
}

}  // namespace mlops::ui
