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

// The comment on an object, joined as `alias`.description.
#define TENANTCTL_COMMENT(alias, catalog, oid, subid)                                        \
  " left join pg_catalog.pg_description " alias " on " alias                                 \
  ".classoid ="                                                                              \
  " 'pg_catalog." catalog "'::pg_catalog.regclass and " alias ".objoid = " oid " and " alias \
  ".objsubid = " subid

// Tables tenantctl manages: ordinary and partitioned tables, partitions
// included.
// Types tenantctl manages: enums, domains, range types, and composite types
// of their own (not a table's row type).
#define TENANTCTL_MANAGED_TYPE(t)                            \
  " (" t ".typtype in ('e', 'd', 'r') or (" t                \
  ".typtype = 'c' and exists"                                \
  " (select 1 from pg_catalog.pg_class tc where tc.oid = " t \
  ".typrelid"                                                \
  " and tc.relkind = 'c')))"
#define TENANTCTL_MANAGED_TABLE(c) " (" c ".relkind in ('r', 'p'))"

// The names of the columns `attnums` (an int2[] expression) of relation
// `relid`, in array order, as text[].
#define TENANTCTL_COLUMN_NAMES(attnums, relid)             \
  " array(select a.attname"                                \
  " from pg_catalog.unnest(" attnums                       \
  ") with ordinality k(attnum, ord)"                       \
  " join pg_catalog.pg_attribute a on a.attrelid = " relid \
  " and a.attnum = k.attnum"                               \
  " order by k.ord)::text[]"
