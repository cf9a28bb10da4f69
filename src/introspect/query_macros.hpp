#pragma once

// SQL fragments every catalog query shares (catalog_queries.hpp and each
// kind's catalog.cpp in src/kinds/). Private to introspect/.

// Schemas whose objects are never read: PostgreSQL's own (pg_catalog,
// pg_toast, temporary schemas, ...; users cannot create pg_* schemas),
// information_schema, and tenantctl's.
#define TENANTCTL_USER_NAMESPACE(n) \
  " (" n ".nspname not in ('information_schema', 'tenantctl') and " n ".nspname !~ '^pg_')"

// Objects that belong to an extension are the extension's business.
// `catalog` is the catalog holding the object (pg_class, pg_type, ...).
#define TENANTCTL_NOT_EXTENSION_MEMBER(catalog, oid)                                    \
  " not exists (select 1 from pg_catalog.pg_depend e"                                   \
  " where e.classid = 'pg_catalog." catalog "'::pg_catalog.regclass and e.objid = " oid \
  " and e.deptype = 'e')"
