#pragma once

#include "domain/records.h"

#include <QDialog>

class QLineEdit;
class QTreeWidget;
class QLabel;
class QTreeWidgetItem;

namespace schouw {

// Chooses the norms a finding is linked to: the visit framework's themes and norms as a
// checkable tree, filtered as you type (code, title or text). A finding may link to several
// norms; none leaves it unassigned. The dialog only chooses; the caller saves on accept.
class LinkNormsDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;

    LinkNormsDialog(const Framework &framework, const QList<Id> &linked, QWidget *parent = nullptr);

    // The checked norms, in framework order.
    [[nodiscard]] QList<Id> checkedNormIds() const;
    // Checks or unchecks one norm, as Space on its row does.
    void setNormChecked(const Id &normId, bool checked);

private:
    void applyFilter(const QString &text);
    void updateSummary();
    [[nodiscard]] QList<QTreeWidgetItem *> normItems() const;

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QLabel *m_summary;
};

} // namespace schouw
