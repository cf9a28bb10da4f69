# The source lists of the core library, one folder each (STYLE.md: explicit
# lists; a folder links only the third-party targets it owns).
tenantctl_folder(base SOURCES
  src/base/strings.cpp)
tenantctl_folder(model SOURCES
  src/model/catalog.cpp
  src/model/ignore.cpp)
tenantctl_folder(pg SOURCES
  src/pg/conninfo.cpp
  src/pg/quote.cpp
  src/pg/session.cpp
  DEPS dep_pqxx)
tenantctl_folder(introspect SOURCES
  src/introspect/reader.cpp)
tenantctl_folder(manifest SOURCES
  src/manifest/toml_text.cpp
  src/manifest/writer.cpp
  DEPS dep_toml)
tenantctl_folder(cli SOURCES
  src/cli/app.cpp
  src/cli/inspect_command.cpp
  src/cli/options.cpp
  DEPS dep_cli)
