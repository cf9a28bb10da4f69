-- exclusion/unique_and_exclusion: a table is created with a unique constraint and an exclusion constraint side by side
create extension btree_gist;
