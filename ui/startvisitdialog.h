#pragma once

#include "domain/records.h"

#include <QDialog>

#include <memory>

namespace Ui {
class StartVisitDialog;
}

namespace schouw {

class VaultSession;

// Starts an inspection visit of one provider: its type (unannounced unless chosen otherwise),
// the locations visited, the framework version (those for the provider's sector first) and the
// team, the signed-in inspector always among them. OK records the visit with the current time as
// its start; visitId() then names it. Everything works with the keyboard: Space checks a
// location or member, Enter accepts.
class StartVisitDialog : public QDialog
{
    Q_OBJECT

public:
    StartVisitDialog(VaultSession &session, const Id &providerId, QWidget *parent = nullptr);
    ~StartVisitDialog() override;

    // The visit recorded by OK; null before that.
    [[nodiscard]] Id visitId() const { return m_visitId; }

public Q_SLOTS:
    void accept() override;

private:
    void load();
    void showError(const QString &message);

    std::unique_ptr<Ui::StartVisitDialog> m_ui;
    VaultSession &m_session;
    Provider m_provider;
    Id m_visitId;
    bool m_hasLocations = false;
};

} // namespace schouw
