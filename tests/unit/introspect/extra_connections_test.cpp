#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "introspect/reader.hpp"

namespace {

// A server on another machine has cores of its own: two extra connections.
TEST(ExtraConnectionsTest, ARemoteServerIsReadOverThreeConnections) {
  EXPECT_EQ(introspect::extra_connections_for("postgresql://app@db.example.com/acme"), 2);
  EXPECT_EQ(introspect::extra_connections_for("host=10.1.2.3 dbname=acme"), 2);
  EXPECT_EQ(introspect::extra_connections_for("postgresql://app@[2001:db8::1]:5432/acme"), 2);
}

// A server on this machine shares its cores with tenantctl: one fewer extra
// connection than there are cores, at most two.
TEST(ExtraConnectionsTest, AServerOnThisMachineGetsOneFewerThanTheCores) {
  const int expected = std::clamp(static_cast<int>(std::thread::hardware_concurrency()) - 1, 0, 2);
  for (const char* conninfo :
       {"postgresql://app@/acme?host=/run/postgresql", "postgresql://app@localhost/acme",
        "host=127.0.0.1 dbname=acme", "postgresql://app@[::1]/acme", "dbname=acme"}) {
    EXPECT_EQ(introspect::extra_connections_for(conninfo), expected) << conninfo;
  }
}

// A string libpq cannot parse is left to read_catalog's own error.
TEST(ExtraConnectionsTest, AnUnparseableStringKeepsTheDefault) {
  EXPECT_EQ(introspect::extra_connections_for("postgresql://[::1"), 2);
}

}  // namespace
