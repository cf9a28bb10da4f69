-- default_privilege/types_usage_revoked_from_public: the built-in default USAGE for PUBLIC on new types is revoked globally; the existing type keeps its ACL
create type ticket_state as enum ('new', 'done');
alter default privileges revoke usage on types from public;
