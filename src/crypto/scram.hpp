#pragma once

#include <string>
#include <string_view>

#include "base/result.hpp"

namespace crypto {

// Returns the SCRAM-SHA-256 verifier PostgreSQL stores for `password`
// ("SCRAM-SHA-256$4096:<salt>$<StoredKey>:<ServerKey>", base64, a random
// 16-byte salt), as libpq's PQencryptPasswordConn makes it. `ALTER ROLE ...
// PASSWORD '<verifier>'` then sets the password without the plain text ever
// reaching the server, its logs or pg_stat_activity.
//
// Precondition-checked: the password must be printable ASCII (what
// random_password makes), where PostgreSQL's SASLprep changes nothing; other
// passwords are refused with an error that does not show them.
[[nodiscard]] base::Result<std::string> scram_sha256_verifier(std::string_view password);

// Returns `length` random characters from [0-9a-z] (OpenSSL RAND_bytes,
// unbiased), for generated ids.
[[nodiscard]] base::Result<std::string> random_base36(std::size_t length);

}  // namespace crypto
