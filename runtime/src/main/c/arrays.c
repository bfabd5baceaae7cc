/*
 * arrays.c - multi-dimensional array creation (multianewarray), kept out of
 * generated code because it recurses over the dimensions.
 */
#include "os2rt.h"

int os2_rdrand_ok;

/* new T[l0][l1]...: every length is checked before anything is allocated (JVMS). */
JObject *os2_multianewarray(JClass *arrayClass, jint dims, const jint *lengths) {
    for (jint i = 0; i < dims; i++) {
        if (lengths[i] < 0) {
            java_lang_VMHelper__throwNegativeSize(lengths[i]);
            return 0;
        }
    }
    JArray *a = os2_newarray(arrayClass, lengths[0]);
    if (a == 0 || dims == 1) {
        return (JObject *)a;
    }
    JObject **elems = (JObject **)OS2_ARRAY_DATA(a);
    for (jint i = 0; i < lengths[0]; i++) {
        /* a conservative stack scan keeps `a` alive while the children allocate */
        JObject *child = os2_multianewarray(arrayClass->componentType, dims - 1, lengths + 1);
        if (child == 0) {
            return 0;
        }
        elems[i] = child;
    }
    return (JObject *)a;
}

/* java.lang.reflect.Array.newArray: the array class comes from the component's
 * arrayClass link, emitted whenever that array type is in the closed world. */
JObject *os2n_java_lang_reflect_Array_newArray(JObject *componentType, jint length) {
    JClass *ac = ((JClass *)componentType)->arrayClass;
    return ac ? (JObject *)os2_newarray(ac, length) : 0;
}

jint os2n_java_lang_reflect_Array_length(JObject *array) {
    return ((JArray *)array)->length;
}

extern JClass os2c_prim_Z, os2c_prim_B, os2c_prim_C, os2c_prim_S, os2c_prim_I, os2c_prim_J,
    os2c_prim_F, os2c_prim_D, os2c_prim_V;

/* VMHelper.primitiveClass('I') is int.class: how Integer.TYPE and friends are made. */
JObject *os2n_java_lang_VMHelper_primitiveClass(jint descriptor) {
    switch (descriptor) {
    case 'Z': return &os2c_prim_Z.h;
    case 'B': return &os2c_prim_B.h;
    case 'C': return &os2c_prim_C.h;
    case 'S': return &os2c_prim_S.h;
    case 'I': return &os2c_prim_I.h;
    case 'J': return &os2c_prim_J.h;
    case 'F': return &os2c_prim_F.h;
    case 'D': return &os2c_prim_D.h;
    default: return &os2c_prim_V.h;
    }
}
