-- exclusion/deferred_new_table: a table is created with a DEFERRABLE INITIALLY DEFERRED exclusion constraint beside a plain DEFERRABLE one
create extension btree_gist;
