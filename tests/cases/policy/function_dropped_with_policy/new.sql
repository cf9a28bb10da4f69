-- policy/function_dropped_with_policy: a policy and the SQL function it calls are both dropped (the policy must go first)
create table documents (id integer primary key, owner_name text not null, body text);
alter table documents enable row level security;
create policy documents_owner on documents to app_user using (owner_name = current_user);
