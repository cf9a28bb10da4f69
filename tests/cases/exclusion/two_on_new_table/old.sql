-- exclusion/two_on_new_table: a table is created with two exclusion constraints (a room and a guest are each never booked twice at once)
create extension btree_gist;
