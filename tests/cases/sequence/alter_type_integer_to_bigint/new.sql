-- sequence/alter_type_integer_to_bigint: the sequence's type widens (its default maximum follows)
create sequence counter;
