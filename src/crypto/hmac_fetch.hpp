#pragma once

// libpq's SCRAM-SHA-256 login derives the password's key with 4,096 rounds of
// HMAC, each begun by HMAC_Init_ex(..., EVP_sha256(), ...). With OpenSSL 3,
// EVP_sha256() is a "legacy" digest that OpenSSL looks up again in its
// provider store on every call, under a read-write lock: that lookup, not
// SHA-256, was most of tenantctl's CPU per tenant (5-9 ms of a login, worse
// with many threads contending for the lock). hmac_fetch.cpp defines
// HMAC_Init_ex in the tenantctl binary, which the dynamic linker binds libpq's
// calls to before libcrypto's: it hands OpenSSL one SHA-256 fetched once
// instead of the legacy one, and calls libcrypto's own HMAC_Init_ex. The MAC
// is the same; other digests, engines and already-fetched digests pass
// through unchanged. See docs/architecture.md, "Connecting".

namespace crypto {

// How many HMACs the calling thread has begun with OpenSSL's legacy SHA-256
// that went through the fetched digest instead (libpq logs in on the thread
// that connects, so a SCRAM login adds 4,096 or more). For tests.
[[nodiscard]] unsigned long fetched_sha256_hmacs_on_this_thread();

}  // namespace crypto
