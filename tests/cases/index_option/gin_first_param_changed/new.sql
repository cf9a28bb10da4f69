-- index_option/gin_first_param_changed: a gin index's first parameter (fastupdate) changes, its second is kept; the parameters keep their order
create table documents (id integer primary key, body jsonb not null);
create index documents_body_idx on documents using gin (body) with (fastupdate = on, gin_pending_list_limit = 128);
