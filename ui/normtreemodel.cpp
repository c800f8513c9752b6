#include "normtreemodel.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace schouw {

namespace {

constexpr quintptr TopLevel = 0;

// A calm dot per judgement: colour for a quick scan, the mark beside it for those who do not
// see the colour.
QIcon judgementIcon(std::optional<Judgement> value)
{
    static QHash<int, QIcon> cache;
    const int key = value ? static_cast<int>(*value) : -1;
    if (auto found = cache.constFind(key); found != cache.cend())
        return *found;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor colour(0x9e, 0x9e, 0x9e);
    if (value) {
        switch (*value) {
        case Judgement::Meets:
            colour = QColor(0x2e, 0x7d, 0x32);
            break;
        case Judgement::LargelyMeets:
            colour = QColor(0x7c, 0xb3, 0x42);
            break;
        case Judgement::LargelyFails:
            colour = QColor(0xef, 0x8f, 0x00);
            break;
        case Judgement::DoesNotMeet:
            colour = QColor(0xc6, 0x28, 0x28);
            break;
        case Judgement::NotAssessed:
            colour = QColor(0x75, 0x75, 0x75);
            break;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
    } else {
        painter.setPen(QPen(colour, 3));
        painter.setBrush(Qt::NoBrush);
    }
    painter.drawEllipse(QRectF(7, 7, 18, 18));
    painter.end();
    QIcon icon(pixmap);
    cache.insert(key, icon);
    return icon;
}

} // namespace

NormTreeModel::NormTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

NormTreeModel::~NormTreeModel() = default;

void NormTreeModel::setFramework(const Framework &framework)
{
    beginResetModel();
    m_framework = framework;
    m_hasFramework = true;
    m_judged.clear();
    m_findings.clear();
    m_unassigned = 0;
    rebuildRows();
    endResetModel();
}

void NormTreeModel::setJudgements(const QHash<Id, Judgement> &judged)
{
    beginResetModel();
    m_judged = judged;
    rebuildRows();
    endResetModel();
}

void NormTreeModel::setJudgement(const Id &normId, std::optional<Judgement> value)
{
    if (value)
        m_judged.insert(normId, *value);
    else
        m_judged.remove(normId);
    const QModelIndex normIndex = indexOfNorm(normId);
    if (!normIndex.isValid())
        return;
    Q_EMIT dataChanged(normIndex.siblingAtColumn(0), normIndex.siblingAtColumn(ColumnCount - 1));
    const QModelIndex theme = normIndex.parent();
    Q_EMIT dataChanged(theme.siblingAtColumn(0), theme.siblingAtColumn(ColumnCount - 1));
}

void NormTreeModel::setFindingCounts(const QHash<Id, int> &perNorm, int unassigned)
{
    m_findings = perNorm;
    m_unassigned = unassigned;
    if (m_rows.isEmpty() && !m_hasFramework)
        return;
    for (int t = 0; t < m_rows.size(); ++t) {
        const QModelIndex theme = index(t, 0);
        const int norms = rowCount(theme);
        if (norms > 0)
            Q_EMIT dataChanged(index(0, 0, theme), index(norms - 1, ColumnCount - 1, theme));
    }
    const QModelIndex row = unassignedIndex();
    if (row.isValid())
        Q_EMIT dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
}

void NormTreeModel::setOpenOnly(bool openOnly)
{
    if (openOnly == m_openOnly)
        return;
    beginResetModel();
    m_openOnly = openOnly;
    rebuildRows();
    endResetModel();
}

void NormTreeModel::clear()
{
    beginResetModel();
    m_framework = {};
    m_hasFramework = false;
    m_rows.clear();
    m_judged.clear();
    m_findings.clear();
    m_unassigned = 0;
    endResetModel();
}

void NormTreeModel::rebuildRows()
{
    m_rows.clear();
    for (int t = 0; t < m_framework.themes.size(); ++t) {
        ThemeRow row;
        row.theme = t;
        const QList<Norm> &norms = m_framework.themes.at(t).norms;
        for (int n = 0; n < norms.size(); ++n)
            if (!m_openOnly || !m_judged.contains(norms.at(n).id))
                row.norms.append(n);
        if (!m_openOnly || !row.norms.isEmpty())
            m_rows.append(row);
    }
}

int NormTreeModel::judgedCount() const
{
    int judged = 0;
    for (const Theme &theme : m_framework.themes)
        judged += themeProgress(theme).first;
    return judged;
}

int NormTreeModel::normCount() const
{
    int total = 0;
    for (const Theme &theme : m_framework.themes)
        total += static_cast<int>(theme.norms.size());
    return total;
}

std::optional<Judgement> NormTreeModel::judgement(const Id &normId) const
{
    if (auto found = m_judged.constFind(normId); found != m_judged.cend())
        return *found;
    return std::nullopt;
}

const Norm *NormTreeModel::norm(const Id &normId) const
{
    for (const Theme &theme : m_framework.themes)
        for (const Norm &candidate : theme.norms)
            if (candidate.id == normId)
                return &candidate;
    return nullptr;
}

QModelIndex NormTreeModel::indexOfNorm(const Id &normId) const
{
    for (int t = 0; t < m_rows.size(); ++t) {
        const Theme &theme = m_framework.themes.at(m_rows.at(t).theme);
        const QList<int> &norms = m_rows.at(t).norms;
        for (int n = 0; n < norms.size(); ++n)
            if (theme.norms.at(norms.at(n)).id == normId)
                return createIndex(n, 0, quintptr(t + 1));
    }
    return {};
}

QModelIndex NormTreeModel::unassignedIndex() const
{
    return m_hasFramework ? createIndex(static_cast<int>(m_rows.size()), 0, TopLevel)
                          : QModelIndex();
}

QList<QModelIndex> NormTreeModel::visibleNorms() const
{
    QList<QModelIndex> result;
    for (int t = 0; t < m_rows.size(); ++t)
        for (int n = 0; n < m_rows.at(t).norms.size(); ++n)
            result.append(createIndex(n, 0, quintptr(t + 1)));
    return result;
}

QString NormTreeModel::shortMark(Judgement value)
{
    switch (value) {
    case Judgement::Meets:
        return tr("M", "judgement mark: meets");
    case Judgement::LargelyMeets:
        return tr("LM", "judgement mark: largely meets");
    case Judgement::LargelyFails:
        return tr("LF", "judgement mark: largely fails to meet");
    case Judgement::DoesNotMeet:
        return tr("F", "judgement mark: does not meet");
    case Judgement::NotAssessed:
        return tr("NA", "judgement mark: not assessed");
    }
    return {};
}

QModelIndex NormTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        const int topRows = m_hasFramework ? static_cast<int>(m_rows.size()) + 1 : 0;
        return row < topRows ? createIndex(row, column, TopLevel) : QModelIndex();
    }
    if (parent.internalId() != TopLevel || parent.row() >= m_rows.size())
        return {};
    if (row >= m_rows.at(parent.row()).norms.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex NormTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, TopLevel);
}

int NormTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_hasFramework ? static_cast<int>(m_rows.size()) + 1 : 0;
    if (parent.column() != 0 || parent.internalId() != TopLevel || parent.row() >= m_rows.size())
        return 0;
    return static_cast<int>(m_rows.at(parent.row()).norms.size());
}

int NormTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant NormTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == TopLevel) {
        if (index.row() == m_rows.size())
            return unassignedData(index.column(), role);
        return themeData(m_rows.at(index.row()), index.column(), role);
    }
    const ThemeRow &row = m_rows.at(static_cast<int>(index.internalId() - 1));
    const Theme &theme = m_framework.themes.at(row.theme);
    return normData(theme.norms.at(row.norms.at(index.row())), index.column(), role);
}

QPair<int, int> NormTreeModel::themeProgress(const Theme &theme) const
{
    int judged = 0;
    for (const Norm &norm : theme.norms)
        if (m_judged.contains(norm.id))
            ++judged;
    return {judged, static_cast<int>(theme.norms.size())};
}

QVariant NormTreeModel::themeData(const ThemeRow &row, int column, int role) const
{
    const Theme &theme = m_framework.themes.at(row.theme);
    const auto [judged, total] = themeProgress(theme);
    switch (role) {
    case KindRole:
        return static_cast<int>(Kind::Theme);
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return QStringLiteral("%1 %2").arg(theme.code, theme.title);
        if (column == JudgementColumn)
            return QStringLiteral("%1/%2").arg(judged).arg(total);
        return {};
    case Qt::ToolTipRole:
        return tr("%1 of %2 norms judged").arg(judged).arg(total);
    case Qt::FontRole:
        if (column == TitleColumn) {
            QFont font;
            font.setWeight(QFont::DemiBold);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == TitleColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant NormTreeModel::normData(const Norm &norm, int column, int role) const
{
    const std::optional<Judgement> value = judgement(norm.id);
    const int findings = m_findings.value(norm.id);
    switch (role) {
    case KindRole:
        return static_cast<int>(Kind::Norm);
    case NormIdRole:
        return QVariant::fromValue(norm.id);
    case JudgementRole:
        return value ? static_cast<int>(*value) : -1;
    case FindingsRole:
        return findings;
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return QStringLiteral("%1 %2").arg(norm.code, norm.title);
        if (column == JudgementColumn)
            return value ? shortMark(*value) : QString();
        if (column == FindingsColumn)
            return findings > 0 ? QString::number(findings) : QString();
        return {};
    case Qt::DecorationRole:
        return column == TitleColumn ? QVariant(judgementIcon(value)) : QVariant();
    case Qt::ToolTipRole: {
        const QString state = value ? label(*value) : tr("Not judged yet");
        return tr("%1 %2\n%3\n%n finding(s)", nullptr, findings).arg(norm.code, norm.title, state);
    }
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1 %2, %3")
            .arg(norm.code, norm.title, value ? label(*value) : tr("Not judged yet"));
    case Qt::TextAlignmentRole:
        return column == TitleColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant NormTreeModel::unassignedData(int column, int role) const
{
    switch (role) {
    case KindRole:
        return static_cast<int>(Kind::Unassigned);
    case FindingsRole:
        return m_unassigned;
    case Qt::DisplayRole:
        return column == TitleColumn ? tr("Unassigned findings (%1)").arg(m_unassigned)
                                     : QVariant();
    case Qt::ToolTipRole:
        return tr("Findings not yet linked to a norm, e.g. from quick capture");
    case Qt::FontRole:
        if (column == TitleColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant NormTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Norm");
    case JudgementColumn:
        return tr("Judgement");
    case FindingsColumn:
        return tr("Findings");
    default:
        return {};
    }
}

} // namespace schouw
