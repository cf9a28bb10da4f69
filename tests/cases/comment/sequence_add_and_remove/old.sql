-- comment/sequence_add_and_remove: one sequence gains a comment, another loses its
create sequence s1;
create sequence s2;
comment on sequence s2 is 'counter';
