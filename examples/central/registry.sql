-- The central database's tenant registry, as the platform's Prisma schema
-- creates it (camelCase columns, a Prisma enum for the status). tenantctl reads
-- it with the default registry query (docs/operations.md); installations with
-- other names set [registry] query in tenantctl.toml.
create type "TenantStatus" as enum ('PROVISIONING', 'ACTIVE', 'SUSPENDED', 'FAILED');

create table tenants (
  id text primary key,
  name text not null,
  slug text not null,
  status "TenantStatus" not null default 'PROVISIONING',
  "dbHost" text not null,
  "dbPort" integer not null default 5432,
  "dbName" text not null,
  "dbUsername" text not null,
  "dbPassword" text not null,
  -- Why provisioning failed (tenantctl tenant create sets it with status
  -- FAILED and clears it on success); [registry.columns] status_reason.
  "statusReason" text,
  "createdAt" timestamp(3) not null default current_timestamp,
  "updatedAt" timestamp(3) not null default current_timestamp
);
create unique index tenants_slug_key on tenants (slug);

-- Central admins (platform operators).
create table users (
  id text primary key,
  email text not null,
  password text not null,
  "firstName" text not null,
  "lastName" text not null,
  role text not null default 'admin',
  "createdAt" timestamp(3) not null default current_timestamp,
  "updatedAt" timestamp(3) not null default current_timestamp
);
create unique index users_email_key on users (email);
