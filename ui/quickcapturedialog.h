#pragma once

#include "domain/id.h"

#include <QDialog>

#include <memory>

namespace schouw {

class VaultSession;

// A small, fast dialog to note a finding without choosing a norm first: it is saved as an
// unassigned finding of the visit. Typed text is never lost: OK, Ctrl+Enter and Esc all save a
// non-empty text (Esc on an empty text just closes).
class QuickCaptureDialog : public QDialog
{
    Q_OBJECT

public:
    QuickCaptureDialog(VaultSession &session, const Id &visitId, QWidget *parent = nullptr);
    ~QuickCaptureDialog() override;

Q_SIGNALS:
    void captured(schouw::Id observationId);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace schouw
