#pragma once

// Which requests go first when more wait than the service is sent at once: what an administrator
// is waiting on (a user's details, a change, a read-back, the first page) before reading in bulk
// (the pages of a Load all, license totals, import lookups).
enum class RequestPriority { Interactive, Background };
