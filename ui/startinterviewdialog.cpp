#include "startinterviewdialog.h"

#include "uistyle.h"
#include "vault/interviewrepository.h"
#include "vault/teamrepository.h"
#include "vault/vault.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace schouw {

namespace {

QString interviewerName(Vault &vault)
{
    TeamRepository team(vault);
    if (auto user = team.findUser(vault.currentUserId());
        user && *user && !(*user)->displayName.isEmpty())
        return (*user)->displayName;
    return StartInterviewDialog::tr("You");
}

} // namespace

StartInterviewDialog::StartInterviewDialog(Vault &vault, const Id &visitId, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_visitId(visitId)
{
    setObjectName(QStringLiteral("startInterviewDialog"));
    setWindowTitle(tr("New interview"));

    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("groupCombo"));
    for (const auto &entry : vocabulary<RespondentGroup>()) {
        QString text = label(entry.value);
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        m_group->addItem(text, static_cast<int>(entry.value));
    }

    m_pseudonym = new QLabel(this);
    m_pseudonym->setObjectName(QStringLiteral("pseudonymLabel"));
    m_pseudonym->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *pseudonymHint = new QLabel(
        tr("Names are never recorded: the respondent is referred to by this pseudonym."), this);
    pseudonymHint->setWordWrap(true);
    uistyle::makeSecondary(pseudonymHint);

    auto *oral = new QRadioButton(tr("&Oral"), this);
    oral->setObjectName(QStringLiteral("consentOral"));
    auto *written = new QRadioButton(tr("&Written"), this);
    written->setObjectName(QStringLiteral("consentWritten"));
    auto *declined = new QRadioButton(tr("&Declined"), this);
    declined->setObjectName(QStringLiteral("consentDeclined"));
    m_consent = new QButtonGroup(this);
    m_consent->addButton(oral, static_cast<int>(Consent::Oral));
    m_consent->addButton(written, static_cast<int>(Consent::Written));
    m_consent->addButton(declined, static_cast<int>(Consent::Declined));
    auto *consentRow = new QHBoxLayout;
    consentRow->addWidget(oral);
    consentRow->addWidget(written);
    consentRow->addWidget(declined);
    consentRow->addStretch(1);
    auto *declinedHint = new QLabel(
        tr("With declined consent only the fact that the interview was asked for is recorded."),
        this);
    declinedHint->setWordWrap(true);
    uistyle::makeSecondary(declinedHint);

    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_place->setMaxLength(120);
    m_place->setPlaceholderText(tr("e.g. living room, ward De Linde"));

    auto *interviewer = new QLabel(interviewerName(vault), this);
    interviewer->setObjectName(QStringLiteral("interviewerLabel"));

    auto *form = new QFormLayout;
    auto *groupLabel = new QLabel(tr("&Respondent:"), this);
    groupLabel->setBuddy(m_group);
    form->addRow(groupLabel, m_group);
    form->addRow(tr("Pseudonym:"), m_pseudonym);
    form->addRow(QString(), pseudonymHint);
    form->addRow(tr("Consent:"), consentRow);
    form->addRow(QString(), declinedHint);
    auto *placeLabel = new QLabel(tr("&Place:"), this);
    placeLabel->setBuddy(m_place);
    form->addRow(placeLabel, m_place);
    form->addRow(tr("Interviewer:"), interviewer);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("startInterviewError"));
    uistyle::makeError(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start interview"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StartInterviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StartInterviewDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_group, oral);
    setTabOrder(oral, written);
    setTabOrder(written, declined);
    setTabOrder(declined, m_place);
    setTabOrder(m_place, m_buttons);

    connect(m_group, &QComboBox::currentIndexChanged, this, &StartInterviewDialog::updatePseudonym);
    connect(m_consent, &QButtonGroup::idToggled, this, &StartInterviewDialog::updateAcceptable);
    updatePseudonym();
    updateAcceptable();
    setMinimumWidth(460);
}

RespondentGroup StartInterviewDialog::group() const
{
    return static_cast<RespondentGroup>(m_group->currentData().toInt());
}

void StartInterviewDialog::updatePseudonym()
{
    InterviewRepository interviews(m_vault);
    auto pseudonym = interviews.nextPseudonym(m_visitId, group());
    if (!pseudonym) {
        m_pseudonym->clear();
        uistyle::setMessage(m_error, pseudonym.error().message);
    } else {
        m_pseudonym->setText(*pseudonym);
        uistyle::setMessage(m_error, {});
    }
    updateAcceptable();
}

void StartInterviewDialog::updateAcceptable()
{
    // No default consent: it must be a conscious choice.
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_consent->checkedId() >= 0 && !m_pseudonym->text().isEmpty());
}

void StartInterviewDialog::accept()
{
    if (m_consent->checkedId() < 0 || m_pseudonym->text().isEmpty())
        return;
    Interview interview;
    interview.id = newId();
    interview.visitId = m_visitId;
    interview.group = group();
    interview.pseudonym = m_pseudonym->text();
    interview.consent = static_cast<Consent>(m_consent->checkedId());
    interview.place = m_place->text().trimmed();
    interview.interviewerId = m_vault.currentUserId();
    interview.heldAt = QDateTime::currentDateTimeUtc();
    InterviewRepository interviews(m_vault);
    if (auto added = interviews.add(interview); !added) {
        uistyle::setMessage(m_error, added.error().message);
        return;
    }
    m_interview = interview;
    QDialog::accept();
}

} // namespace schouw
