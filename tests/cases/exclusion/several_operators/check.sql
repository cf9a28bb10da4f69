select count(*) = 4 and count(distinct animal) = 2 as t from cage_stays;
