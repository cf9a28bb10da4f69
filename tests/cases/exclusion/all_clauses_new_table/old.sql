-- exclusion/all_clauses_new_table: a table is created with an exclusion constraint using every clause (method, expression element, INCLUDE, WITH storage, WHERE, DEFERRABLE INITIALLY DEFERRED) and a comment
create extension btree_gist;
