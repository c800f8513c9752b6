#pragma once

#include "domain/records.h"

#include <QAbstractItemModel>
#include <QHash>

#include <optional>

namespace schouw {

// The norms of a visit's framework version as a tree: themes with their norms, and one extra
// top-level row at the end for the visit's unassigned findings. Columns: the theme or norm
// ("code title"), the judgement (a norm's short mark, a theme's "judged/total") and the number of
// findings. Holds plain values: the visit page reads the repositories and hands them in, so the
// model never touches the vault and empties itself with clear() on lock.
//
// With openOnly the tree shows only norms without a judgement value (and the themes that still
// have one). A norm judged while the filter is on stays visible until the filter is applied again
// (setOpenOnly or setFramework), so the row the inspector is working on does not jump away.
class NormTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, JudgementColumn, FindingsColumn, ColumnCount };
    enum class Kind { Theme, Norm, Unassigned };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        NormIdRole, // Id of a norm (null otherwise)
        JudgementRole, // int(Judgement) of a judged norm, -1 when open
        FindingsRole, // findings of a norm, or unassigned findings
    };

    explicit NormTreeModel(QObject *parent = nullptr);
    ~NormTreeModel() override;

    // Shows a framework version; judgements and counts start empty.
    void setFramework(const Framework &framework);
    void setJudgements(const QHash<Id, Judgement> &judged);
    // Updates one norm in place (no re-filtering).
    void setJudgement(const Id &normId, std::optional<Judgement> value);
    void setFindingCounts(const QHash<Id, int> &perNorm, int unassigned);
    void setOpenOnly(bool openOnly);
    [[nodiscard]] bool openOnly() const { return m_openOnly; }
    // Forgets everything (on lock and when leaving a visit).
    void clear();

    [[nodiscard]] int judgedCount() const;
    [[nodiscard]] int normCount() const;
    [[nodiscard]] int unassignedCount() const { return m_unassigned; }
    [[nodiscard]] std::optional<Judgement> judgement(const Id &normId) const;
    // The norm with this id, if the framework has it.
    [[nodiscard]] const Norm *norm(const Id &normId) const;
    [[nodiscard]] QModelIndex indexOfNorm(const Id &normId) const;
    [[nodiscard]] QModelIndex unassignedIndex() const;
    // The norms in the order shown (for next/previous norm).
    [[nodiscard]] QList<QModelIndex> visibleNorms() const;

    // The short mark shown for a judgement, e.g. "VG" for "voldoet grotendeels".
    [[nodiscard]] static QString shortMark(Judgement value);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct ThemeRow
    {
        int theme = 0; // index into m_framework.themes
        QList<int> norms; // indexes into that theme's norms, the visible ones
    };
    void rebuildRows();
    [[nodiscard]] QVariant themeData(const ThemeRow &row, int column, int role) const;
    [[nodiscard]] QVariant normData(const Norm &norm, int column, int role) const;
    [[nodiscard]] QVariant unassignedData(int column, int role) const;
    [[nodiscard]] QPair<int, int> themeProgress(const Theme &theme) const;

    Framework m_framework;
    QList<ThemeRow> m_rows;
    QHash<Id, Judgement> m_judged;
    QHash<Id, int> m_findings;
    int m_unassigned = 0;
    bool m_openOnly = false;
    bool m_hasFramework = false;
};

} // namespace schouw
