select twice(2) = 4 and thrice(2) = 6 as t;
