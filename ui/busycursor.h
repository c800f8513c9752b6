#pragma once

#include <QCursor>
#include <QGuiApplication>

namespace schouw {

// Shows the wait cursor for the lifetime of the object (the deliberate key derivation takes about
// half a second on the GUI thread).
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace schouw
