select price_with_tax(100) = 121.00 as t;
