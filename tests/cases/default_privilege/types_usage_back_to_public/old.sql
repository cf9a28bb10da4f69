-- default_privilege/types_usage_back_to_public: a global REVOKE USAGE ON TYPES FROM PUBLIC is undone: back to PostgreSQL's built-in default
create type ticket_state as enum ('new', 'done');
alter default privileges revoke usage on types from public;
