#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class CreateAccountPage;
}

namespace schouw {

class VaultSession;

// First start: the user chooses the passphrase that protects the new vault. Shows its strength
// while typing and refuses, with the reason, a passphrase that is too weak or typed differently
// the second time. On success the session is unlocked (VaultSession::unlocked).
class CreateAccountPage : public QWidget
{
    Q_OBJECT

public:
    explicit CreateAccountPage(VaultSession &session, QWidget *parent = nullptr);
    ~CreateAccountPage() override;

    // Empties both fields and the messages and puts the cursor in the first field.
    void prepare();

public Q_SLOTS:
    void submit();

private:
    void updateStrength();
    // Says what is wrong with the typed passphrases, if anything. Keeps no copy of them.
    [[nodiscard]] bool validate();
    void showError(const QString &message);
    void setBusy(bool busy);

    std::unique_ptr<Ui::CreateAccountPage> m_ui;
    VaultSession &m_session;
};

} // namespace schouw
