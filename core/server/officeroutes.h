#pragma once

// The office service's HTTP routes (docs/sync-protocol.md): filled in by the protocol work.
namespace schouw::server {
} // namespace schouw::server
