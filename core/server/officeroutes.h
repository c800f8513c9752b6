#pragma once

#include "http/httptypes.h"

#include <vector>

namespace schouw::server {

class OfficeService;

// The office service's HTTP routes (docs/sync-protocol.md, "Endpoints"): health, login, refresh,
// push, pull and attachment content (blobs). Authenticated routes admit a request from its head
// alone (the bearer token), so an unauthenticated push is refused before a byte of its body is read
// or decoded. The service must outlive the routes.
[[nodiscard]] std::vector<Route> officeRoutes(OfficeService &service);

} // namespace schouw::server
