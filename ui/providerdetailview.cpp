#include "providerdetailview.h"

#include "domain/vocabulary.h"
#include "providerlistmodel.h"
#include "uilog.h"
#include "uistyle.h"
#include "vault/frameworkrepository.h"
#include "vault/judgementrepository.h"
#include "vault/providerrepository.h"
#include "vault/vaultsession.h"
#include "vault/visitrepository.h"

#include "ui_providerdetailview.h"

#include <QHash>
#include <QListWidget>
#include <QLocale>
#include <QResizeEvent>

#include <algorithm>
#include <map>

namespace schouw {

namespace {

enum ItemRole { VisitIdRole = Qt::UserRole + 1 };

const QString Separator = QStringLiteral("  ·  ");

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString severityText(int severity)
{
    if (severity >= 3)
        return ProviderDetailView::tr("Severity: high");
    if (severity == 2)
        return ProviderDetailView::tr("Severity: medium");
    return ProviderDetailView::tr("Severity: low");
}

// Parts that are empty are left out, so a location without a street reads "1234 AB Utrecht".
QString joined(const QStringList &parts, const QString &separator)
{
    QStringList present;
    for (const QString &part : parts)
        if (!part.trimmed().isEmpty())
            present << part.trimmed();
    return present.join(separator);
}

struct FrameworkInfo
{
    QString name; // code and version
    int norms = 0;
};

} // namespace

ProviderDetailView::ProviderDetailView(VaultSession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProviderDetailView>())
    , m_session(session)
{
    m_ui->setupUi(this);
    uistyle::makeTitle(m_ui->nameLabel, 1.3);
    uistyle::makeSecondary(m_ui->metaLabel);
    uistyle::makeSecondary(m_ui->placeholderLabel);
    for (QLabel *heading : {m_ui->signalsHeading, m_ui->visitsHeading, m_ui->locationsHeading}) {
        uistyle::makeTitle(heading, 1.0);
        heading->setContentsMargins(0, 8, 0, 0); // a little air between one list and the next
    }
    // When the lists do not all fit, signals (what an inspector checks on site) keep the most
    // room; when they do, the rest of the space stays empty below them.
    m_ui->detailLayout->setStretchFactor(m_ui->signalList, 3);
    m_ui->detailLayout->setStretchFactor(m_ui->visitList, 2);
    m_ui->detailLayout->setStretchFactor(m_ui->locationList, 2);
    m_ui->detailLayout->addStretch(1);
    for (QListWidget *list : {m_ui->signalList, m_ui->visitList, m_ui->locationList}) {
        list->setSpacing(2);
        list->setUniformItemSizes(false);
        list->setMinimumHeight(fontMetrics().lineSpacing() * 2 + 12);
    }
    m_ui->signalList->setSelectionMode(QAbstractItemView::NoSelection);
    m_ui->locationList->setSelectionMode(QAbstractItemView::NoSelection);
    m_ui->visitList->setSelectionMode(QAbstractItemView::SingleSelection);

    m_ui->startVisitButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_ui->startVisitButton->setToolTip(
        tr("Start a visit to this provider (%1)")
            .arg(m_ui->startVisitButton->shortcut().toString(QKeySequence::NativeText)));
    connect(m_ui->startVisitButton, &QPushButton::clicked, this, [this] {
        if (!m_providerId.isNull())
            Q_EMIT startVisitRequested(m_providerId);
    });
    // itemActivated covers a double-click and Enter.
    connect(m_ui->visitList, &QListWidget::itemActivated, this,
            &ProviderDetailView::onVisitActivated);

    // Directly connected: nothing of the provider stays on screen or in memory once locked.
    connect(&m_session, &VaultSession::aboutToLock, this, &ProviderDetailView::clear);
    clear();
}

ProviderDetailView::~ProviderDetailView() = default;

void ProviderDetailView::clear()
{
    m_providerId = Id();
    m_ui->nameLabel->clear();
    m_ui->metaLabel->clear();
    m_ui->signalList->clear();
    m_ui->visitList->clear();
    m_ui->locationList->clear();
    m_ui->startVisitButton->setEnabled(false);
    m_ui->pages->setCurrentWidget(m_ui->placeholderPage);
}

void ProviderDetailView::refresh()
{
    const Id shown = m_providerId;
    clear();
    if (!shown.isNull())
        showProvider(shown);
}

void ProviderDetailView::addEmptyItem(QListWidget *list, const QString &text)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(Qt::NoItemFlags);
    item->setForeground(list->palette().brush(QPalette::PlaceholderText));
}

void ProviderDetailView::showProvider(const Id &id)
{
    if (id == m_providerId && !id.isNull())
        return;
    clear();
    if (id.isNull() || !m_session.isUnlocked())
        return;
    fill(id);
}

void ProviderDetailView::fill(const Id &id)
{
    Vault &vault = m_session.vault();
    ProviderRepository providers(vault);
    auto provider = providers.find(id);
    auto locations = providers.locations(id);
    auto riskSignals = providers.riskSignals(id);
    auto visits = VisitRepository(vault).forProvider(id);
    if (!provider || !locations || !riskSignals || !visits) {
        qCWarning(lcUi) << "reading a provider's detail failed";
        return;
    }
    if (!provider->has_value())
        return; // removed by a sync since the list was loaded

    m_providerId = id;
    m_ui->nameLabel->setText((*provider)->name);
    m_ui->metaLabel->setText(joined(
        {ProviderListModel::sectorDisplayName((*provider)->sector),
         (*provider)->kvkNumber.isEmpty() ? QString() : tr("KvK %1").arg((*provider)->kvkNumber),
         (*provider)->city},
        Separator));

    // Open signals first, each group newest first (the repository's order within a group).
    QList<RiskSignal> signalRows = *riskSignals;
    std::stable_partition(signalRows.begin(), signalRows.end(),
                          [](const RiskSignal &signal) { return signal.open; });
    const auto openCount = std::count_if(signalRows.cbegin(), signalRows.cend(),
                                         [](const RiskSignal &signal) { return signal.open; });
    m_ui->signalsHeading->setText(
        tr("Risk signals (%1 open, %2 closed)").arg(openCount).arg(signalRows.size() - openCount));
    for (const RiskSignal &signal : std::as_const(signalRows)) {
        const QString heading =
            joined({dateText(signal.date), label(signal.source), severityText(signal.severity),
                    signal.open ? tr("Open") : tr("Closed")},
                   Separator);
        auto *item = new QListWidgetItem(heading + u'\n' + signal.text, m_ui->signalList);
        item->setToolTip(signal.text);
        if (!signal.open)
            item->setForeground(palette().brush(QPalette::PlaceholderText));
    }
    if (signalRows.isEmpty())
        addEmptyItem(m_ui->signalList, tr("No risk signals."));

    m_ui->visitsHeading->setText(tr("Past visits (%1)").arg(visits->size()));
    FrameworkRepository frameworks(vault);
    JudgementRepository judgements(vault);
    QHash<Id, FrameworkInfo> frameworkInfo;
    for (const Visit &visit : std::as_const(*visits)) {
        if (!frameworkInfo.contains(visit.frameworkId)) {
            FrameworkInfo info;
            if (auto framework = frameworks.find(visit.frameworkId);
                framework && framework->has_value()) {
                info.name = (*framework)->code + u' ' + (*framework)->version;
                for (const Theme &theme : std::as_const((*framework)->themes))
                    info.norms += static_cast<int>(theme.norms.size());
            }
            frameworkInfo.insert(visit.frameworkId, info);
        }
        const FrameworkInfo &info = frameworkInfo.value(visit.frameworkId);
        const QString heading =
            joined({dateText(visit.startedAt.toLocalTime().date()), label(visit.type), info.name},
                   Separator);
        QStringList details {visit.endedAt.isNull() ? tr("Under way") : tr("Finished")};
        if (auto judged = judgements.forVisit(visit.id)) {
            // Counted in the order of the scale, not in the order the norms were judged.
            std::map<Judgement, int> perValue;
            int judgedNorms = 0;
            for (const NormJudgement &judgement : std::as_const(*judged)) {
                if (!judgement.value)
                    continue;
                ++perValue[*judgement.value];
                ++judgedNorms;
            }
            details << tr("%1 of %2 norms judged").arg(judgedNorms).arg(info.norms);
            QStringList counts;
            for (const auto &[value, count] : perValue)
                counts << tr("%1: %2").arg(label(value)).arg(count);
            if (!counts.isEmpty())
                details << counts.join(QStringLiteral(", "));
        } else {
            qCWarning(lcUi) << "reading a visit's judgements failed";
        }
        auto *item =
            new QListWidgetItem(heading + u'\n' + details.join(Separator), m_ui->visitList);
        item->setData(VisitIdRole, visit.id);
        item->setToolTip(tr("Double-click or press Enter to open this visit"));
    }
    if (visits->isEmpty())
        addEmptyItem(m_ui->visitList, tr("No visits yet."));

    m_ui->locationsHeading->setText(tr("Locations (%1)").arg(locations->size()));
    for (const Location &location : std::as_const(*locations)) {
        const QString street = joined({location.street, location.houseNumber}, QStringLiteral(" "));
        const QString place = joined({location.postcode, location.city}, QStringLiteral(" "));
        new QListWidgetItem(location.name + u'\n' + joined({street, place}, QStringLiteral(", ")),
                            m_ui->locationList);
    }
    if (locations->isEmpty())
        addEmptyItem(m_ui->locationList, tr("No locations recorded."));

    m_ui->startVisitButton->setEnabled(true);
    m_ui->pages->setCurrentWidget(m_ui->detailPage);
    fitLists();
}

void ProviderDetailView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLists();
}

void ProviderDetailView::fitLists()
{
    const QFontMetrics metrics = fontMetrics();
    for (QListWidget *list : {m_ui->signalList, m_ui->visitList, m_ui->locationList}) {
        // The text's width inside an item: the viewport less the spacing and the item's margins.
        const int width =
            std::max(metrics.averageCharWidth() * 10, list->viewport()->width() - 4 * 2 - 12);
        int lines = 0;
        for (int row = 0; row < list->count(); ++row) {
            const QStringList textLines = list->item(row)->text().split(u'\n');
            for (const QString &line : textLines) {
                // Wrapping breaks at words, so a line takes a little more than its width.
                const int advance = metrics.horizontalAdvance(line);
                lines += std::max(1, (advance * 11 / 10 + width - 1) / width);
            }
        }
        const int items = static_cast<int>(list->count());
        const int height = lines * metrics.lineSpacing() + items * (2 * list->spacing() + 6) +
            2 * list->frameWidth() + 4;
        list->setMaximumHeight(std::max(list->minimumHeight(), height));
    }
}

void ProviderDetailView::onVisitActivated(QListWidgetItem *item)
{
    const Id visitId = item ? item->data(VisitIdRole).toUuid() : Id();
    if (!visitId.isNull())
        Q_EMIT openVisitRequested(visitId);
}

} // namespace schouw
