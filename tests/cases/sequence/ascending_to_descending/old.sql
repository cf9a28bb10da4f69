-- sequence/ascending_to_descending: increment becomes negative (bounds and start flip to the descending defaults)
create sequence countdown;
