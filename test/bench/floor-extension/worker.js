// Present only so the bench can read the floor's extension id from its worker's address.
