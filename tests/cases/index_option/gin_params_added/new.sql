-- index_option/gin_params_added: an existing gin index gets fastupdate and gin_pending_list_limit
create table documents (id integer primary key, tags text[] not null);
create index documents_tags_idx on documents using gin (tags) with (fastupdate = off, gin_pending_list_limit = 256);
