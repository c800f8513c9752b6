#include "startvisitdialog.h"

#include "uistyle.h"
#include "vault/frameworkrepository.h"
#include "vault/providerrepository.h"
#include "vault/teamrepository.h"
#include "vault/vaultsession.h"
#include "vault/visitrepository.h"

#include "ui_startvisitdialog.h"

#include <QDateTime>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace schouw {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString locationText(const Location &location)
{
    const QString address =
        QStringLiteral("%1 %2, %3").arg(location.street, location.houseNumber, location.city);
    return location.street.isEmpty() ? location.name
                                     : QStringLiteral("%1 — %2").arg(location.name, address);
}

} // namespace

StartVisitDialog::StartVisitDialog(VaultSession &session, const Id &providerId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StartVisitDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_provider.id = providerId;
    uistyle::makeTitle(m_ui->providerLabel, 1.25);
    uistyle::makeError(m_ui->errorLabel);
    uistyle::setMessage(m_ui->errorLabel, {});
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Start visit"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StartVisitDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (VisitType type :
         {VisitType::Unannounced, VisitType::Announced, VisitType::Thematic, VisitType::FollowUp})
        m_ui->typeCombo->addItem(label(type), static_cast<int>(type));
    m_ui->startValueLabel->setText(
        tr("now (%1)").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
    load();
    m_ui->typeCombo->setFocus();
}

StartVisitDialog::~StartVisitDialog() = default;

void StartVisitDialog::load()
{
    if (!m_session.isUnlocked())
        return;
    Vault &vault = m_session.vault();

    auto provider = ProviderRepository(vault).find(m_provider.id);
    if (!provider || !*provider) {
        showError(provider ? tr("This provider no longer exists.") : provider.error().message);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_provider = **provider;
    m_ui->providerLabel->setText(m_provider.name);
    setWindowTitle(tr("Start visit — %1").arg(m_provider.name));

    auto locations = ProviderRepository(vault).locations(m_provider.id);
    if (!locations) {
        showError(locations.error().message);
    } else {
        m_hasLocations = !locations->isEmpty();
        for (const Location &location : std::as_const(*locations)) {
            auto *item = new QListWidgetItem(locationText(location), m_ui->locationList);
            item->setData(IdRole, QVariant::fromValue(location.id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(locations->size() == 1 ? Qt::Checked : Qt::Unchecked);
        }
        if (!m_hasLocations) {
            auto *item = new QListWidgetItem(tr("No locations recorded"), m_ui->locationList);
            item->setFlags(Qt::NoItemFlags);
        }
        m_ui->locationList->setCurrentRow(0);
        // As tall as its rows (up to six), so a provider with one site gets no empty box.
        const int rows = std::clamp(m_ui->locationList->count(), 1, 6);
        m_ui->locationList->setMaximumHeight(m_ui->locationList->sizeHintForRow(0) * rows +
                                             2 * m_ui->locationList->frameWidth() + 4);
    }

    // The versions meant for the provider's sector first, then the rest, each in code order.
    auto frameworks = FrameworkRepository(vault).list();
    if (!frameworks) {
        showError(frameworks.error().message);
    } else {
        QList<Framework> matching;
        QList<Framework> others;
        for (const Framework &framework : std::as_const(*frameworks))
            (framework.sectors.contains(m_provider.sector) ? matching : others).append(framework);
        for (const QList<Framework> *group : {&matching, &others})
            for (const Framework &framework : *group)
                m_ui->frameworkCombo->addItem(
                    QStringLiteral("%1 %2 — %3")
                        .arg(framework.code, framework.version, framework.title),
                    QVariant::fromValue(framework.id));
        if (frameworks->isEmpty()) {
            m_ui->frameworkCombo->setEnabled(false);
            showError(tr("There is no assessment framework on this computer yet. Synchronise "
                         "with the office first, or import a framework."));
        }
    }

    // The signed-in inspector always goes; colleagues are offered from the teams known here.
    const Id me = vault.currentUserId();
    auto teams = TeamRepository(vault).teams();
    QList<User> users;
    if (teams)
        for (const Team &team : std::as_const(*teams))
            if (auto members = TeamRepository(vault).members(team.id))
                for (const User &user : std::as_const(*members))
                    if (std::none_of(users.cbegin(), users.cend(),
                                     [&](const User &known) { return known.id == user.id; }))
                        users.append(user);
    QString myName = tr("You");
    Id myTeam;
    for (const User &user : std::as_const(users))
        if (user.id == me) {
            myName = tr("%1 (you)").arg(user.displayName);
            myTeam = user.teamId;
        }
    // Colleagues of the inspector's own team first: they are who usually come along.
    std::stable_sort(users.begin(), users.end(), [&myTeam](const User &a, const User &b) {
        return (a.teamId == myTeam) > (b.teamId == myTeam);
    });
    auto *self = new QListWidgetItem(myName, m_ui->memberList);
    self->setData(IdRole, QVariant::fromValue(me));
    self->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    self->setCheckState(Qt::Checked);
    self->setToolTip(tr("You are always part of the visits you start."));
    for (const User &user : std::as_const(users)) {
        if (user.id == me)
            continue;
        auto *item = new QListWidgetItem(user.displayName, m_ui->memberList);
        item->setData(IdRole, QVariant::fromValue(user.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_ui->memberList->setCurrentRow(0);
}

void StartVisitDialog::accept()
{
    if (!m_session.isUnlocked())
        return QDialog::reject();
    Visit visit;
    visit.id = newId();
    visit.providerId = m_provider.id;
    visit.type = static_cast<VisitType>(m_ui->typeCombo->currentData().toInt());
    for (int row = 0; row < m_ui->locationList->count(); ++row) {
        const QListWidgetItem *item = m_ui->locationList->item(row);
        if (item->checkState() == Qt::Checked)
            visit.locationIds.append(item->data(IdRole).value<Id>());
    }
    if (m_hasLocations && visit.locationIds.isEmpty()) {
        showError(tr("Choose at least one location you are visiting."));
        m_ui->locationList->setFocus();
        return;
    }
    visit.frameworkId = m_ui->frameworkCombo->currentData().value<Id>();
    if (visit.frameworkId.isNull()) {
        showError(m_ui->frameworkCombo->count() == 0
                      ? tr("There is no assessment framework on this computer yet. Synchronise "
                           "with the office first, or import a framework.")
                      : tr("Choose the assessment framework for this visit."));
        m_ui->frameworkCombo->setFocus();
        return;
    }
    for (int row = 0; row < m_ui->memberList->count(); ++row) {
        const QListWidgetItem *item = m_ui->memberList->item(row);
        if (item->checkState() == Qt::Checked)
            visit.memberIds.append(item->data(IdRole).value<Id>());
    }
    visit.startedAt = QDateTime::currentDateTimeUtc();
    const Status added = VisitRepository(m_session.vault()).add(visit);
    if (!added) {
        showError(added.error().message);
        return;
    }
    m_visitId = visit.id;
    QDialog::accept();
}

void StartVisitDialog::showError(const QString &message)
{
    uistyle::setMessage(m_ui->errorLabel, message);
}

} // namespace schouw
