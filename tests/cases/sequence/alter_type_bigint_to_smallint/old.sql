-- sequence/alter_type_bigint_to_smallint: the sequence's type narrows (its default maximum follows)
create sequence counter;
