#include "linknormsdialog.h"

#include "uistyle.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace schouw {

namespace {

// Arrow keys in the filter move through the tree, so filter, Down, Space, Enter is one motion.
class FilterKeys : public QObject
{
public:
    FilterKeys(QLineEdit *filter, QTreeWidget *tree)
        : QObject(filter)
        , m_tree(tree)
    {
        filter->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
                m_tree->setFocus(Qt::OtherFocusReason);
                const QTreeWidgetItem *current = m_tree->currentItem();
                // Land on the first norm shown: themes only group, they are not chosen.
                if (!current || current->isHidden() || !current->parent())
                    for (QTreeWidgetItemIterator it(m_tree, QTreeWidgetItemIterator::NotHidden);
                         *it; ++it)
                        if ((*it)->parent()) {
                            m_tree->setCurrentItem(*it);
                            break;
                        }
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTreeWidget *m_tree;
};

} // namespace

LinkNormsDialog::LinkNormsDialog(const Framework &framework, const QList<Id> &linked,
                                 QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("linkNormsDialog"));
    setWindowTitle(tr("Link to norms"));
    resize(640, 560);

    auto *layout = new QVBoxLayout(this);
    auto *filterLabel = new QLabel(tr("&Filter norms:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("normFilter"));
    m_filter->setPlaceholderText(tr("Code or words, e.g. 2.1 or medication"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(filterLabel);
    layout->addWidget(m_filter);

    m_tree->setObjectName(QStringLiteral("normTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setAccessibleName(tr("Norms"));
    for (const Theme &theme : framework.themes) {
        auto *themeItem = new QTreeWidgetItem(
            m_tree,
            {theme.code.isEmpty() ? theme.title : tr("%1  %2").arg(theme.code, theme.title)});
        themeItem->setFlags(Qt::ItemIsEnabled);
        QFont bold = themeItem->font(0);
        bold.setBold(true);
        themeItem->setFont(0, bold);
        for (const Norm &norm : theme.norms) {
            auto *item = new QTreeWidgetItem(themeItem, {tr("%1  %2").arg(norm.code, norm.title)});
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, linked.contains(norm.id) ? Qt::Checked : Qt::Unchecked);
            item->setData(0, IdRole, norm.id);
            item->setToolTip(0, norm.text);
            // Filtering also looks at the norm text, kept out of sight in a role.
            item->setData(0, Qt::UserRole + 2, norm.text);
        }
    }
    m_tree->expandAll();
    layout->addWidget(m_tree, 1);
    uistyle::makeSecondary(m_summary);
    m_summary->setObjectName(QStringLiteral("linkSummary"));
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &LinkNormsDialog::applyFilter);
    connect(m_tree, &QTreeWidget::itemChanged, this, &LinkNormsDialog::updateSummary);
    new FilterKeys(m_filter, m_tree);
    updateSummary();
    m_filter->setFocus();
}

QList<QTreeWidgetItem *> LinkNormsDialog::normItems() const
{
    QList<QTreeWidgetItem *> items;
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *theme = m_tree->topLevelItem(t);
        for (int n = 0; n < theme->childCount(); ++n)
            items << theme->child(n);
    }
    return items;
}

QList<Id> LinkNormsDialog::checkedNormIds() const
{
    QList<Id> ids;
    const QList<QTreeWidgetItem *> items = normItems();
    for (const QTreeWidgetItem *item : items)
        if (item->checkState(0) == Qt::Checked)
            ids << item->data(0, IdRole).toUuid();
    return ids;
}

void LinkNormsDialog::setNormChecked(const Id &normId, bool checked)
{
    const QList<QTreeWidgetItem *> items = normItems();
    for (QTreeWidgetItem *item : items)
        if (item->data(0, IdRole).toUuid() == normId)
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

void LinkNormsDialog::applyFilter(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *theme = m_tree->topLevelItem(t);
        bool anyShown = false;
        for (int n = 0; n < theme->childCount(); ++n) {
            QTreeWidgetItem *item = theme->child(n);
            const QString haystack = theme->text(0) + u' ' + item->text(0) + u' ' +
                item->data(0, Qt::UserRole + 2).toString();
            bool match = true;
            for (const QString &word : words)
                match = match && haystack.contains(word, Qt::CaseInsensitive);
            item->setHidden(!match);
            anyShown = anyShown || match;
        }
        theme->setHidden(!anyShown);
    }
}

void LinkNormsDialog::updateSummary()
{
    const int count = static_cast<int>(checkedNormIds().size());
    m_summary->setText(count == 0 ? tr("No norm chosen: the finding stays unassigned.")
                                  : tr("%n norm(s) chosen.", nullptr, count));
}

} // namespace schouw
