package java.util;

/**
 * A node of a HashMap "tree bin": a bucket of many colliding keys kept as a red-black tree
 * (ordered by hash, then by compareTo for keys of one Comparable class, then by a tie-break),
 * so lookups in it take O(log n) instead of a linear walk.
 *
 * <p>A tree bin is still also a doubly linked list through {@code next}/{@code prev}, and that
 * list, not the tree, is what iteration follows. Its order is observable, so it is kept exactly
 * as the JDK keeps it:
 * <ul>
 * <li>treeifying keeps the list order, then moves the tree's root to the front;</li>
 * <li>a new node is linked into the list right after its tree parent, then the (possibly new)
 *     root is moved to the front;</li>
 * <li>a removed node is simply unlinked from the list; the root is then moved to the front,
 *     except for removals through an iterator ("not movable"), which leave the list alone;</li>
 * <li>a removal from a tree that is already small (root lacks a child, or its left child lacks
 *     a left child) turns the bin back into a plain list instead, again unless not movable;</li>
 * <li>a resize splits the list into order-preserving lo/hi halves; a half of at most
 *     {@link HashMap#UNTREEIFY_THRESHOLD} nodes becomes a plain list, a bigger one is
 *     re-treeified from its list order, unless the other half is empty (the bin moved whole,
 *     keeping its tree).</li>
 * </ul>
 * The tree shape decides where future nodes are linked, so the balancing (rotations, colours,
 * successor swap on deletion) follows the classic CLR red-black algorithm step for step.
 *
 * <p>It extends LinkedHashMap.Entry so a LinkedHashMap can use tree bins too (its own
 * before/after list decides its iteration order; see the map's node-replacement hooks).
 */
final class HashTreeNode<K, V> extends LinkedHashMap.Entry<K, V> {
    HashTreeNode<K, V> parent;
    HashTreeNode<K, V> left;
    HashTreeNode<K, V> right;
    /** The previous node in the bin's list; needed to unlink in O(1) on removal. */
    HashTreeNode<K, V> prev;
    boolean red;

    HashTreeNode(int hash, K key, V value, HashMap.Node<K, V> next) {
        super(hash, key, value, next);
    }

    /** The root of the tree containing this node. */
    HashTreeNode<K, V> root() {
        HashTreeNode<K, V> r = this;
        for (HashTreeNode<K, V> p; (p = r.parent) != null; ) {
            r = p;
        }
        return r;
    }

    // ---- key ordering ----

    /**
     * The class by which x may be ordered with compareTo, or null. The JDK asks for a class C
     * that directly declares {@code implements Comparable<C>}; we have no generic reflection, so
     * any Comparable counts. That only differs where the JDK falls back to identity hashes
     * (unpredictable anyway), because compareComparables still requires exactly the same class.
     */
    static Class<?> comparableClassFor(Object x) {
        return (x instanceof Comparable) ? x.getClass() : null;
    }

    /** k.compareTo(x) if x is of class kc (k's comparable class), else 0 ("not comparable"). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static int compareComparables(Class<?> kc, Object k, Object x) {
        return (x == null || x.getClass() != kc) ? 0 : ((Comparable) k).compareTo(x);
    }

    /**
     * Total order for keys with equal hashes that compareTo cannot order: by class name, then by
     * identity hash. Never 0, so insertion always picks a side; a null key (identity hash 0)
     * goes left of everything.
     */
    static int tieBreakOrder(Object a, Object b) {
        int d;
        if (a == null || b == null || (d = a.getClass().getName().compareTo(b.getClass().getName())) == 0) {
            d = (System.identityHashCode(a) <= System.identityHashCode(b)) ? -1 : 1;
        }
        return d;
    }

    // ---- lookup ----

    /** The node for key k (hash h) in the subtree at this node; kc caches k's comparable class. */
    HashTreeNode<K, V> find(int h, Object k, Class<?> kc) {
        HashTreeNode<K, V> p = this;
        while (p != null) {
            HashTreeNode<K, V> pl = p.left;
            HashTreeNode<K, V> pr = p.right;
            int ph = p.hash;
            if (ph > h) {
                p = pl;
            } else if (ph < h) {
                p = pr;
            } else {
                Object pk = p.key;
                if (pk == k || (k != null && k.equals(pk))) {
                    return p;
                }
                int dir;
                if (pl == null) {
                    p = pr;
                } else if (pr == null) {
                    p = pl;
                } else if ((kc != null || (kc = comparableClassFor(k)) != null)
                        && (dir = compareComparables(kc, k, pk)) != 0) {
                    p = (dir < 0) ? pl : pr;
                } else {
                    // same hash, no usable order: the key may be on either side
                    HashTreeNode<K, V> q = pr.find(h, k, kc);
                    if (q != null) {
                        return q;
                    }
                    p = pl;
                }
            }
        }
        return null;
    }

    /** Lookup from any node of the bin (the first node need not be the root). */
    HashTreeNode<K, V> getTreeNode(int h, Object k) {
        return ((parent != null) ? root() : this).find(h, k, null);
    }

    // ---- building and dismantling bins ----

    /** Makes {@code root} the bin's first node, keeping the rest of the list in order. */
    @SuppressWarnings("unchecked")
    static <K, V> void moveRootToFront(HashMap.Node<K, V>[] tab, HashTreeNode<K, V> root) {
        if (root == null || tab == null || tab.length == 0) {
            return;
        }
        int index = (tab.length - 1) & root.hash;
        HashTreeNode<K, V> first = (HashTreeNode<K, V>) tab[index];
        if (root == first) {
            return;
        }
        HashMap.Node<K, V> rn = root.next;
        HashTreeNode<K, V> rp = root.prev;
        if (rn != null) {
            ((HashTreeNode<K, V>) rn).prev = rp;
        }
        if (rp != null) {
            rp.next = rn;
        }
        if (first != null) {
            first.prev = root;
        }
        root.next = first;
        root.prev = null;
        tab[index] = root;
    }

    /**
     * Builds the tree from the list starting at this node, inserting nodes in list order, then
     * moves the root to the front of the list (which stays otherwise unchanged).
     */
    @SuppressWarnings("unchecked")
    void treeify(HashMap.Node<K, V>[] tab) {
        HashTreeNode<K, V> root = null;
        HashTreeNode<K, V> next;
        for (HashTreeNode<K, V> x = this; x != null; x = next) {
            next = (HashTreeNode<K, V>) x.next;
            x.left = x.right = null;
            if (root == null) {
                x.parent = null;
                x.red = false;
                root = x;
                continue;
            }
            Object k = x.key;
            int h = x.hash;
            Class<?> kc = null;
            for (HashTreeNode<K, V> p = root; ; ) {
                int dir;
                int ph = p.hash;
                if (ph > h) {
                    dir = -1;
                } else if (ph < h) {
                    dir = 1;
                } else if ((kc == null && (kc = comparableClassFor(k)) == null)
                        || (dir = compareComparables(kc, k, p.key)) == 0) {
                    dir = tieBreakOrder(k, p.key);
                }
                HashTreeNode<K, V> xp = p;
                p = (dir <= 0) ? p.left : p.right;
                if (p == null) {
                    x.parent = xp;
                    if (dir <= 0) {
                        xp.left = x;
                    } else {
                        xp.right = x;
                    }
                    root = balanceInsertion(root, x);
                    break;
                }
            }
        }
        moveRootToFront(tab, root);
    }

    /** The list starting at this node as plain (or linked-map) nodes, in the same order. */
    HashMap.Node<K, V> untreeify(HashMap<K, V> map) {
        HashMap.Node<K, V> hd = null;
        HashMap.Node<K, V> tl = null;
        for (HashMap.Node<K, V> q = this; q != null; q = q.next) {
            HashMap.Node<K, V> p = map.replacementNode(q, null);
            if (tl == null) {
                hd = p;
            } else {
                tl.next = p;
            }
            tl = p;
        }
        return hd;
    }

    // ---- insertion ----

    /**
     * Put into the bin whose first node is this: returns the existing node for k (the caller
     * updates its value) or inserts a new one and returns null. The new node becomes a leaf
     * and is linked into the list right after its tree parent.
     */
    HashTreeNode<K, V> putTreeVal(HashMap<K, V> map, HashMap.Node<K, V>[] tab, int h, K k, V v) {
        Class<?> kc = null;
        boolean searched = false;
        HashTreeNode<K, V> root = (parent != null) ? root() : this;
        for (HashTreeNode<K, V> p = root; ; ) {
            int dir;
            int ph = p.hash;
            Object pk;
            if (ph > h) {
                dir = -1;
            } else if (ph < h) {
                dir = 1;
            } else if ((pk = p.key) == k || (k != null && k.equals(pk))) {
                return p;
            } else if ((kc == null && (kc = comparableClassFor(k)) == null)
                    || (dir = compareComparables(kc, k, pk)) == 0) {
                // no order between k and pk: k may already sit in either subtree; look once
                if (!searched) {
                    searched = true;
                    HashTreeNode<K, V> q;
                    HashTreeNode<K, V> ch;
                    if (((ch = p.left) != null && (q = ch.find(h, k, kc)) != null)
                            || ((ch = p.right) != null && (q = ch.find(h, k, kc)) != null)) {
                        return q;
                    }
                }
                dir = tieBreakOrder(k, pk);
            }
            HashTreeNode<K, V> xp = p;
            p = (dir <= 0) ? p.left : p.right;
            if (p == null) {
                HashMap.Node<K, V> xpn = xp.next;
                HashTreeNode<K, V> x = map.newTreeNode(h, k, v, xpn);
                if (dir <= 0) {
                    xp.left = x;
                } else {
                    xp.right = x;
                }
                xp.next = x;
                x.parent = x.prev = xp;
                if (xpn != null) {
                    ((HashTreeNode<K, V>) xpn).prev = x;
                }
                moveRootToFront(tab, balanceInsertion(root, x));
                return null;
            }
        }
    }

    // ---- removal ----

    /**
     * Removes this node from its bin. When movable (not an iterator removal) a small tree
     * becomes a plain list instead, and the root is moved to the front afterwards.
     */
    @SuppressWarnings("unchecked")
    void removeTreeNode(HashMap<K, V> map, HashMap.Node<K, V>[] tab, boolean movable) {
        int n;
        if (tab == null || (n = tab.length) == 0) {
            return;
        }
        int index = (n - 1) & hash;
        HashTreeNode<K, V> first = (HashTreeNode<K, V>) tab[index];
        HashTreeNode<K, V> root = first;
        // unlink from the list first: that is all iteration order sees
        HashTreeNode<K, V> succ = (HashTreeNode<K, V>) next;
        HashTreeNode<K, V> pred = prev;
        if (pred == null) {
            tab[index] = first = succ;
        } else {
            pred.next = succ;
        }
        if (succ != null) {
            succ.prev = pred;
        }
        if (first == null) {
            return;
        }
        if (root.parent != null) {
            root = root.root();
        }
        HashTreeNode<K, V> rl;
        if (movable && (root.right == null || (rl = root.left) == null || rl.left == null)) {
            // too few nodes to be worth a tree (judged before this node leaves the tree)
            tab[index] = first.untreeify(map);
            return;
        }
        HashTreeNode<K, V> p = this;
        HashTreeNode<K, V> pl = left;
        HashTreeNode<K, V> pr = right;
        HashTreeNode<K, V> replacement;
        if (pl != null && pr != null) {
            // two children: swap p's tree position (and colour) with its in-order successor s,
            // so p then has at most a right child
            HashTreeNode<K, V> s = pr;
            for (HashTreeNode<K, V> sl; (sl = s.left) != null; ) {
                s = sl;
            }
            boolean c = s.red;
            s.red = p.red;
            p.red = c;
            HashTreeNode<K, V> sr = s.right;
            HashTreeNode<K, V> pp = p.parent;
            if (s == pr) {
                p.parent = s;
                s.right = p;
            } else {
                HashTreeNode<K, V> sp = s.parent;
                if ((p.parent = sp) != null) {
                    if (s == sp.left) {
                        sp.left = p;
                    } else {
                        sp.right = p;
                    }
                }
                if ((s.right = pr) != null) {
                    pr.parent = s;
                }
            }
            p.left = null;
            if ((p.right = sr) != null) {
                sr.parent = p;
            }
            if ((s.left = pl) != null) {
                pl.parent = s;
            }
            if ((s.parent = pp) == null) {
                root = s;
            } else if (p == pp.left) {
                pp.left = s;
            } else {
                pp.right = s;
            }
            replacement = (sr != null) ? sr : p;
        } else if (pl != null) {
            replacement = pl;
        } else if (pr != null) {
            replacement = pr;
        } else {
            replacement = p;
        }
        if (replacement != p) {
            HashTreeNode<K, V> pp = replacement.parent = p.parent;
            if (pp == null) {
                (root = replacement).red = false;
            } else if (p == pp.left) {
                pp.left = replacement;
            } else {
                pp.right = replacement;
            }
            p.left = p.right = p.parent = null;
        }
        // a leaf p is rebalanced while still in place (as a phantom), then cut off
        HashTreeNode<K, V> r = p.red ? root : balanceDeletion(root, replacement);
        if (replacement == p) {
            HashTreeNode<K, V> pp = p.parent;
            p.parent = null;
            if (pp != null) {
                if (p == pp.left) {
                    pp.left = null;
                } else if (p == pp.right) {
                    pp.right = null;
                }
            }
        }
        if (movable) {
            moveRootToFront(tab, r);
        }
    }

    // ---- resize ----

    /**
     * Splits the bin at tab[index] (this is its first node) of the new table between index and
     * index + bit, keeping list order in each half; small halves become plain lists.
     */
    @SuppressWarnings("unchecked")
    void split(HashMap<K, V> map, HashMap.Node<K, V>[] tab, int index, int bit) {
        HashTreeNode<K, V> loHead = null;
        HashTreeNode<K, V> loTail = null;
        HashTreeNode<K, V> hiHead = null;
        HashTreeNode<K, V> hiTail = null;
        int lc = 0;
        int hc = 0;
        HashTreeNode<K, V> next;
        for (HashTreeNode<K, V> e = this; e != null; e = next) {
            next = (HashTreeNode<K, V>) e.next;
            e.next = null;
            if ((e.hash & bit) == 0) {
                if ((e.prev = loTail) == null) {
                    loHead = e;
                } else {
                    loTail.next = e;
                }
                loTail = e;
                ++lc;
            } else {
                if ((e.prev = hiTail) == null) {
                    hiHead = e;
                } else {
                    hiTail.next = e;
                }
                hiTail = e;
                ++hc;
            }
        }
        if (loHead != null) {
            if (lc <= HashMap.UNTREEIFY_THRESHOLD) {
                tab[index] = loHead.untreeify(map);
            } else {
                tab[index] = loHead;
                if (hiHead != null) {
                    loHead.treeify(tab);
                }
            }
        }
        if (hiHead != null) {
            if (hc <= HashMap.UNTREEIFY_THRESHOLD) {
                tab[index + bit] = hiHead.untreeify(map);
            } else {
                tab[index + bit] = hiHead;
                if (loHead != null) {
                    hiHead.treeify(tab);
                }
            }
        }
    }

    // ---- red-black balancing (CLR) ----

    static <K, V> HashTreeNode<K, V> rotateLeft(HashTreeNode<K, V> root, HashTreeNode<K, V> p) {
        HashTreeNode<K, V> r;
        if (p != null && (r = p.right) != null) {
            HashTreeNode<K, V> rl = p.right = r.left;
            if (rl != null) {
                rl.parent = p;
            }
            HashTreeNode<K, V> pp = r.parent = p.parent;
            if (pp == null) {
                (root = r).red = false;
            } else if (pp.left == p) {
                pp.left = r;
            } else {
                pp.right = r;
            }
            r.left = p;
            p.parent = r;
        }
        return root;
    }

    static <K, V> HashTreeNode<K, V> rotateRight(HashTreeNode<K, V> root, HashTreeNode<K, V> p) {
        HashTreeNode<K, V> l;
        if (p != null && (l = p.left) != null) {
            HashTreeNode<K, V> lr = p.left = l.right;
            if (lr != null) {
                lr.parent = p;
            }
            HashTreeNode<K, V> pp = l.parent = p.parent;
            if (pp == null) {
                (root = l).red = false;
            } else if (pp.right == p) {
                pp.right = l;
            } else {
                pp.left = l;
            }
            l.right = p;
            p.parent = l;
        }
        return root;
    }

    /** Restores the red-black rules after leaf x was attached; returns the (new) root. */
    static <K, V> HashTreeNode<K, V> balanceInsertion(HashTreeNode<K, V> root, HashTreeNode<K, V> x) {
        x.red = true;
        for (;;) {
            HashTreeNode<K, V> xp = x.parent;
            HashTreeNode<K, V> xpp;
            if (xp == null) {
                x.red = false;
                return x;
            }
            if (!xp.red || (xpp = xp.parent) == null) {
                return root;
            }
            HashTreeNode<K, V> xppl = xpp.left;
            if (xp == xppl) {
                HashTreeNode<K, V> xppr = xpp.right;
                if (xppr != null && xppr.red) {
                    // red uncle: recolour and continue from the grandparent
                    xppr.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                } else {
                    if (x == xp.right) {
                        root = rotateLeft(root, x = xp);
                        xp = x.parent;
                        xpp = (xp == null) ? null : xp.parent;
                    }
                    if (xp != null) {
                        xp.red = false;
                        if (xpp != null) {
                            xpp.red = true;
                            root = rotateRight(root, xpp);
                        }
                    }
                }
            } else {
                if (xppl != null && xppl.red) {
                    xppl.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                } else {
                    if (x == xp.left) {
                        root = rotateRight(root, x = xp);
                        xp = x.parent;
                        xpp = (xp == null) ? null : xp.parent;
                    }
                    if (xp != null) {
                        xp.red = false;
                        if (xpp != null) {
                            xpp.red = true;
                            root = rotateLeft(root, xpp);
                        }
                    }
                }
            }
        }
    }

    /** Restores the red-black rules after a black node was removed above x; returns the root. */
    static <K, V> HashTreeNode<K, V> balanceDeletion(HashTreeNode<K, V> root, HashTreeNode<K, V> x) {
        for (;;) {
            HashTreeNode<K, V> xp;
            if (x == null || x == root) {
                return root;
            }
            if ((xp = x.parent) == null) {
                x.red = false;
                return x;
            }
            if (x.red) {
                x.red = false;
                return root;
            }
            HashTreeNode<K, V> xpl = xp.left;
            if (xpl == x) {
                HashTreeNode<K, V> xpr = xp.right;
                if (xpr != null && xpr.red) {
                    xpr.red = false;
                    xp.red = true;
                    root = rotateLeft(root, xp);
                    xp = x.parent;
                    xpr = (xp == null) ? null : xp.right;
                }
                if (xpr == null) {
                    x = xp;
                } else {
                    HashTreeNode<K, V> sl = xpr.left;
                    HashTreeNode<K, V> sr = xpr.right;
                    if ((sr == null || !sr.red) && (sl == null || !sl.red)) {
                        xpr.red = true;
                        x = xp;
                    } else {
                        if (sr == null || !sr.red) {
                            if (sl != null) {
                                sl.red = false;
                            }
                            xpr.red = true;
                            root = rotateRight(root, xpr);
                            xp = x.parent;
                            xpr = (xp == null) ? null : xp.right;
                        }
                        if (xpr != null) {
                            xpr.red = (xp == null) ? false : xp.red;
                            if ((sr = xpr.right) != null) {
                                sr.red = false;
                            }
                        }
                        if (xp != null) {
                            xp.red = false;
                            root = rotateLeft(root, xp);
                        }
                        x = root;
                    }
                }
            } else {
                // symmetric: x is a right child
                if (xpl != null && xpl.red) {
                    xpl.red = false;
                    xp.red = true;
                    root = rotateRight(root, xp);
                    xp = x.parent;
                    xpl = (xp == null) ? null : xp.left;
                }
                if (xpl == null) {
                    x = xp;
                } else {
                    HashTreeNode<K, V> sl = xpl.left;
                    HashTreeNode<K, V> sr = xpl.right;
                    if ((sl == null || !sl.red) && (sr == null || !sr.red)) {
                        xpl.red = true;
                        x = xp;
                    } else {
                        if (sl == null || !sl.red) {
                            if (sr != null) {
                                sr.red = false;
                            }
                            xpl.red = true;
                            root = rotateLeft(root, xpl);
                            xp = x.parent;
                            xpl = (xp == null) ? null : xp.left;
                        }
                        if (xpl != null) {
                            xpl.red = (xp == null) ? false : xp.red;
                            if ((sl = xpl.left) != null) {
                                sl.red = false;
                            }
                        }
                        if (xp != null) {
                            xp.red = false;
                            root = rotateRight(root, xp);
                        }
                        x = root;
                    }
                }
            }
        }
    }
}
