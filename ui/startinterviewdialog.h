#pragma once

#include "domain/records.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace schouw {

class Vault;

// Starts an interview: respondent group, the generated pseudonym (shown, never editable: real
// names are never asked for), consent (no default: the inspector must choose), place and the
// interviewer. Accepting stores the interview; a declined consent stores only that it was asked.
class StartInterviewDialog : public QDialog
{
    Q_OBJECT

public:
    StartInterviewDialog(Vault &vault, const Id &visitId, QWidget *parent = nullptr);

    // The interview stored on accept (null id before).
    [[nodiscard]] const Interview &interview() const { return m_interview; }

    void accept() override;

private:
    [[nodiscard]] RespondentGroup group() const;
    void updatePseudonym();
    void updateAcceptable();

    Vault &m_vault;
    Id m_visitId;
    Interview m_interview;
    QComboBox *m_group = nullptr;
    QLabel *m_pseudonym = nullptr;
    QButtonGroup *m_consent = nullptr;
    QLineEdit *m_place = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace schouw
