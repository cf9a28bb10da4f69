-- index_option/unchanged_params_with_new_index: an index with parameters stays untouched while another index is added to its table
create table tickets (id integer primary key, status text not null, labels text[] not null);
create index tickets_labels_idx on tickets using gin (labels) with (fastupdate = off);
create index tickets_status_idx on tickets (status);
